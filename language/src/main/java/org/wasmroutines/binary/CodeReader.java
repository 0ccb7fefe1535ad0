package org.wasmroutines.binary;

import org.wasmroutines.syntax.FunctionBody;

/**
 * A cursor over instructions that {@link ModuleDecoder} has already checked to be well encoded
 * (a function body or a constant expression), for the validator and the node builder. It trusts
 * its input: LEB128 limits are not re-checked here, which keeps every read a short loop.
 *
 * @see <a href="https://webassembly.github.io/spec/core/binary/instructions.html">Binary instructions</a>
 */
public final class CodeReader {
    /** {@link #readBlockType()} of the empty block type {@code 0x40}. */
    public static final int BLOCK_TYPE_EMPTY = 0x40 - 0x80;

    private final byte[] bytes;
    private final int end;
    private int pos;

    public CodeReader(byte[] bytes, int start, int end) {
        this.bytes = bytes;
        this.pos = start;
        this.end = end;
    }

    /** A reader over a function's instructions, including its final {@code end}. */
    public static CodeReader of(FunctionBody body) {
        return new CodeReader(body.bytes(), body.start(), body.end());
    }

    public int position() {
        return pos;
    }

    public boolean atEnd() {
        return pos >= end;
    }

    /** The next opcode; a prefixed opcode comes back as {@code prefix << 8 | subOpcode}. */
    public int readOpcode() {
        int b = bytes[pos++] & 0xFF;
        if (b == Opcodes.PREFIX_MISC || b == Opcodes.PREFIX_ATOMIC || b == Opcodes.PREFIX_SIMD) {
            return b << 8 | readU32();
        }
        return b;
    }

    public int readByte() {
        return bytes[pos++] & 0xFF;
    }

    public int peekByte() {
        return bytes[pos] & 0xFF;
    }

    /** An unsigned LEB128 u32; values above 2^31-1 come back negative (use toUnsignedLong). */
    public int readU32() {
        int b = bytes[pos++];
        if (b >= 0) {
            return b;
        }
        int result = b & 0x7F;
        int shift = 7;
        do {
            b = bytes[pos++];
            result |= (b & 0x7F) << shift;
            shift += 7;
        } while (b < 0);
        return result;
    }

    /** A signed LEB128 i32. */
    public int readI32() {
        int result = 0;
        int shift = 0;
        int b;
        do {
            b = bytes[pos++];
            result |= (b & 0x7F) << shift;
            shift += 7;
        } while (b < 0);
        if (shift < 32 && (b & 0x40) != 0) {
            result |= -1 << shift;
        }
        return result;
    }

    /** A signed LEB128 i64. */
    public long readI64() {
        long result = 0;
        int shift = 0;
        int b;
        do {
            b = bytes[pos++];
            result |= (long) (b & 0x7F) << shift;
            shift += 7;
        } while (b < 0);
        if (shift < 64 && (b & 0x40) != 0) {
            result |= -1L << shift;
        }
        return result;
    }

    /**
     * A block type (signed LEB128 s33): a type index ({@code >= 0}), or a negative number whose low
     * seven bits are the single result's value type, or {@link #BLOCK_TYPE_EMPTY}.
     *
     * @see <a href="https://webassembly.github.io/spec/core/binary/instructions.html#control-instructions">Block types</a>
     */
    public int readBlockType() {
        long type = readI64();
        // indices beyond int range cannot name a type; keep them non-negative so they stay indices
        return type > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) type;
    }

    /** The value type of a negative {@link #readBlockType()} result. */
    public static byte blockValueType(int blockType) {
        return (byte) (blockType & 0x7F);
    }

    public int readF32Bits() {
        int p = pos;
        pos = p + 4;
        return (bytes[p] & 0xFF) | (bytes[p + 1] & 0xFF) << 8 | (bytes[p + 2] & 0xFF) << 16 | (bytes[p + 3] & 0xFF) << 24;
    }

    public long readF64Bits() {
        long low = readF32Bits() & 0xFFFFFFFFL;
        long high = readF32Bits() & 0xFFFFFFFFL;
        return high << 32 | low;
    }
}
