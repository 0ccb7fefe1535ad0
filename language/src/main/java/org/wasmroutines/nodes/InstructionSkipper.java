package org.wasmroutines.nodes;

import org.wasmroutines.binary.CodeReader;
import org.wasmroutines.binary.Opcodes;

/**
 * Reads past the immediates of an instruction in unreachable code, which is never compiled
 * (block-like instructions, else and end are handled by the compiler to track nesting), and
 * scans a function's code for loops before it is compiled.
 *
 * @see <a href="https://webassembly.github.io/spec/core/binary/instructions.html">Binary instructions</a>
 */
final class InstructionSkipper {
    private InstructionSkipper() {
    }

    /** Whether the code from {@code code}'s position to its end holds a {@code loop} instruction. */
    static boolean containsLoop(CodeReader code) {
        while (!code.atEnd()) {
            int opcode = code.readOpcode();
            switch (opcode) {
                case Opcodes.LOOP -> {
                    return true;
                }
                case Opcodes.BLOCK, Opcodes.IF -> code.readBlockType();
                default -> skipImmediates(code, opcode);
            }
        }
        return false;
    }

    static void skipImmediates(CodeReader code, int opcode) {
        switch (opcode) {
            case Opcodes.BR, Opcodes.BR_IF, Opcodes.CALL, Opcodes.LOCAL_GET, Opcodes.LOCAL_SET, Opcodes.LOCAL_TEE,
                            Opcodes.GLOBAL_GET, Opcodes.GLOBAL_SET, Opcodes.TABLE_GET, Opcodes.TABLE_SET, Opcodes.MEMORY_SIZE,
                            Opcodes.MEMORY_GROW, Opcodes.REF_FUNC, Opcodes.DATA_DROP, Opcodes.ELEM_DROP, Opcodes.TABLE_GROW,
                            Opcodes.TABLE_SIZE, Opcodes.TABLE_FILL, Opcodes.MEMORY_FILL ->
                code.readU32();
            case Opcodes.CALL_INDIRECT, Opcodes.MEMORY_INIT, Opcodes.MEMORY_COPY, Opcodes.TABLE_INIT, Opcodes.TABLE_COPY -> {
                code.readU32();
                code.readU32();
            }
            case Opcodes.BR_TABLE -> {
                int count = code.readU32();
                for (int i = 0; i <= count; i++) {
                    code.readU32();
                }
            }
            case Opcodes.SELECT_T -> {
                int count = code.readU32();
                for (int i = 0; i < count; i++) {
                    code.readByte();
                }
            }
            case Opcodes.I32_CONST -> code.readI32();
            case Opcodes.I64_CONST -> code.readI64();
            case Opcodes.F32_CONST -> code.readF32Bits();
            case Opcodes.F64_CONST -> code.readF64Bits();
            case Opcodes.REF_NULL -> code.readByte();
            case Opcodes.ATOMIC_FENCE -> code.readByte();
            default -> {
                if (hasMemarg(opcode)) {
                    code.readU32();
                    code.readU32();
                }
            }
        }
    }

    private static boolean hasMemarg(int opcode) {
        return opcode >= Opcodes.I32_LOAD && opcode <= Opcodes.I64_STORE32
                        || opcode >= Opcodes.MEMORY_ATOMIC_NOTIFY && opcode <= Opcodes.I64_ATOMIC_RMW32_CMPXCHG_U;
    }
}
