package org.wasmroutines.validation;

import java.util.Arrays;

import org.wasmroutines.errors.Failure;
import org.wasmroutines.errors.WasmException;

/**
 * The state of the spec's validation algorithm: the operand stack of value types and the stack
 * of control frames, with stack-polymorphic typing after unconditional branches.
 *
 * @see <a href="https://webassembly.github.io/spec/core/appendix/algorithm.html">Validation algorithm</a>
 */
final class OperandStack {
    /** The type of an operand popped from the polymorphic part of the stack: it matches anything. */
    static final byte UNKNOWN = 0;

    /** A control frame: the block's opcode, its parameter and result types, and operand height. */
    static final class Frame {
        final int opcode;
        final byte[] params;
        final byte[] results;
        final int height;
        boolean unreachable;

        Frame(int opcode, byte[] params, byte[] results, int height) {
            this.opcode = opcode;
            this.params = params;
            this.results = results;
            this.height = height;
        }

        /** The types a branch to this frame's label carries: a loop's parameters, else its results. */
        byte[] labelTypes() {
            return opcode == org.wasmroutines.binary.Opcodes.LOOP ? params : results;
        }
    }

    private byte[] values = new byte[32];
    private int size;
    private Frame[] frames = new Frame[8];
    private int depth;

    static WasmException typeMismatch() {
        return WasmException.create(Failure.TYPE_MISMATCH);
    }

    void push(byte type) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = type;
    }

    void pushAll(byte[] types) {
        for (byte type : types) {
            push(type);
        }
    }

    byte pop() {
        Frame top = frames[depth - 1];
        if (size == top.height) {
            if (top.unreachable) {
                return UNKNOWN;
            }
            throw typeMismatch();
        }
        return values[--size];
    }

    byte pop(byte expected) {
        byte actual = pop();
        if (actual != expected && actual != UNKNOWN && expected != UNKNOWN) {
            throw typeMismatch();
        }
        // stays UNKNOWN if it came from the polymorphic stack (br_table re-pushes what it popped)
        return actual;
    }

    void popAll(byte[] expected) {
        for (int i = expected.length - 1; i >= 0; i--) {
            pop(expected[i]);
        }
    }

    void pushFrame(int opcode, byte[] params, byte[] results) {
        if (depth == frames.length) {
            frames = Arrays.copyOf(frames, depth * 2);
        }
        frames[depth++] = new Frame(opcode, params, results, size);
        pushAll(params);
    }

    /** Ends the innermost block: its results must be exactly what is left above its height. */
    Frame popFrame() {
        Frame top = frames[depth - 1];
        popAll(top.results);
        if (size != top.height) {
            throw typeMismatch();
        }
        depth--;
        return top;
    }

    int frameCount() {
        return depth;
    }

    /** The frame a branch with label index {@code label} targets; "unknown label" if none. */
    Frame label(int label) {
        if (label < 0 || label >= depth) {
            throw WasmException.create(Failure.UNKNOWN_LABEL, String.valueOf(Integer.toUnsignedLong(label)));
        }
        return frames[depth - 1 - label];
    }

    /** The outermost frame: the function's own block, whose results {@code return} needs. */
    Frame functionFrame() {
        return frames[0];
    }

    /** After an unconditional branch the rest of the block is typed stack-polymorphically. */
    void markUnreachable() {
        Frame top = frames[depth - 1];
        size = top.height;
        top.unreachable = true;
    }
}
