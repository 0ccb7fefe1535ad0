package org.wasmroutines.validation;

import static org.wasmroutines.syntax.ValType.F32;
import static org.wasmroutines.syntax.ValType.F64;
import static org.wasmroutines.syntax.ValType.I32;
import static org.wasmroutines.syntax.ValType.I64;

import org.wasmroutines.binary.Opcodes;

/**
 * Loads, stores and atomic accesses: the natural alignment (log2 of the access width) and the
 * operand/result types of each. A signature's last entry is the result type, or 0 for none.
 *
 * @see <a href="https://webassembly.github.io/spec/core/valid/instructions.html#memory-instructions">Memory instructions</a>
 * @see <a href="https://github.com/WebAssembly/threads/blob/main/proposals/threads/Overview.md#atomic-memory-accesses">Atomic memory accesses</a>
 */
final class MemoryAccesses {
    /** A memory access: log2 of its width in bytes, its operands (address first) and result. */
    record Access(int naturalAlignment, byte[] signature, boolean atomic) {
    }

    private static final Access[] PLAIN = new Access[256];
    private static final Access[] ATOMIC = new Access[256];

    static {
        load(Opcodes.I32_LOAD, 2, I32);
        load(Opcodes.I64_LOAD, 3, I64);
        load(Opcodes.F32_LOAD, 2, F32);
        load(Opcodes.F64_LOAD, 3, F64);
        load(Opcodes.I32_LOAD8_S, 0, I32);
        load(Opcodes.I32_LOAD8_U, 0, I32);
        load(Opcodes.I32_LOAD16_S, 1, I32);
        load(Opcodes.I32_LOAD16_U, 1, I32);
        load(Opcodes.I64_LOAD8_S, 0, I64);
        load(Opcodes.I64_LOAD8_U, 0, I64);
        load(Opcodes.I64_LOAD16_S, 1, I64);
        load(Opcodes.I64_LOAD16_U, 1, I64);
        load(Opcodes.I64_LOAD32_S, 2, I64);
        load(Opcodes.I64_LOAD32_U, 2, I64);
        store(Opcodes.I32_STORE, 2, I32);
        store(Opcodes.I64_STORE, 3, I64);
        store(Opcodes.F32_STORE, 2, F32);
        store(Opcodes.F64_STORE, 3, F64);
        store(Opcodes.I32_STORE8, 0, I32);
        store(Opcodes.I32_STORE16, 1, I32);
        store(Opcodes.I64_STORE8, 0, I64);
        store(Opcodes.I64_STORE16, 1, I64);
        store(Opcodes.I64_STORE32, 2, I64);

        atomic(Opcodes.MEMORY_ATOMIC_NOTIFY, 2, I32, I32, I32);
        atomic(Opcodes.MEMORY_ATOMIC_WAIT32, 2, I32, I32, I64, I32);
        atomic(Opcodes.MEMORY_ATOMIC_WAIT64, 3, I32, I64, I64, I32);
        // atomic loads, stores and each read-modify-write group share one width/type pattern
        int[] widths = {2, 3, 0, 1, 0, 1, 2};
        byte[] types = {I32, I64, I32, I32, I64, I64, I64};
        for (int i = 0; i < 7; i++) {
            atomic(Opcodes.I32_ATOMIC_LOAD + i, widths[i], I32, types[i]);
            atomic(Opcodes.I32_ATOMIC_STORE + i, widths[i], I32, types[i], (byte) 0);
            for (int op = Opcodes.I32_ATOMIC_RMW_ADD; op < Opcodes.I32_ATOMIC_RMW_CMPXCHG; op += 7) {
                atomic(op + i, widths[i], I32, types[i], types[i]);
            }
            atomic(Opcodes.I32_ATOMIC_RMW_CMPXCHG + i, widths[i], I32, types[i], types[i], types[i]);
        }
    }

    private MemoryAccesses() {
    }

    private static void load(int opcode, int width, byte type) {
        PLAIN[opcode] = new Access(width, new byte[]{I32, type}, false);
    }

    private static void store(int opcode, int width, byte type) {
        PLAIN[opcode] = new Access(width, new byte[]{I32, type, 0}, false);
    }

    private static void atomic(int opcode, int width, byte... signature) {
        ATOMIC[opcode & 0xFF] = new Access(width, signature, true);
    }

    /** The access an opcode performs, or null if it is not a load, store or atomic access. */
    static Access of(int opcode) {
        if (opcode < 256) {
            return PLAIN[opcode];
        }
        if ((opcode >> 8) == Opcodes.PREFIX_ATOMIC) {
            return ATOMIC[opcode & 0xFF];
        }
        return null;
    }
}
