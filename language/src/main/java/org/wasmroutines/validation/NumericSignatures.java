package org.wasmroutines.validation;

import static org.wasmroutines.syntax.ValType.F32;
import static org.wasmroutines.syntax.ValType.F64;
import static org.wasmroutines.syntax.ValType.I32;
import static org.wasmroutines.syntax.ValType.I64;

import org.wasmroutines.binary.Opcodes;

/**
 * The types of numeric instructions (no immediates, fixed operand and result types): the last
 * entry of a signature is the result type, the ones before it the operand types.
 *
 * @see <a href="https://webassembly.github.io/spec/core/valid/instructions.html#numeric-instructions">Numeric instructions</a>
 */
final class NumericSignatures {
    private static final byte[][] SINGLE_BYTE = new byte[256][];
    private static final byte[][] SATURATING = new byte[8][];

    static {
        range(Opcodes.I32_EQZ, Opcodes.I32_EQZ, I32, I32);
        range(Opcodes.I32_EQ, Opcodes.I32_GE_U, I32, I32, I32);
        range(Opcodes.I64_EQZ, Opcodes.I64_EQZ, I64, I32);
        range(Opcodes.I64_EQ, Opcodes.I64_GE_U, I64, I64, I32);
        range(Opcodes.F32_EQ, Opcodes.F32_GE, F32, F32, I32);
        range(Opcodes.F64_EQ, Opcodes.F64_GE, F64, F64, I32);
        range(Opcodes.I32_CLZ, Opcodes.I32_POPCNT, I32, I32);
        range(Opcodes.I32_ADD, Opcodes.I32_ROTR, I32, I32, I32);
        range(Opcodes.I64_CLZ, Opcodes.I64_POPCNT, I64, I64);
        range(Opcodes.I64_ADD, Opcodes.I64_ROTR, I64, I64, I64);
        range(Opcodes.F32_ABS, Opcodes.F32_SQRT, F32, F32);
        range(Opcodes.F32_ADD, Opcodes.F32_COPYSIGN, F32, F32, F32);
        range(Opcodes.F64_ABS, Opcodes.F64_SQRT, F64, F64);
        range(Opcodes.F64_ADD, Opcodes.F64_COPYSIGN, F64, F64, F64);
        range(Opcodes.I32_WRAP_I64, Opcodes.I32_WRAP_I64, I64, I32);
        range(Opcodes.I32_TRUNC_F32_S, Opcodes.I32_TRUNC_F32_U, F32, I32);
        range(Opcodes.I32_TRUNC_F64_S, Opcodes.I32_TRUNC_F64_U, F64, I32);
        range(Opcodes.I64_EXTEND_I32_S, Opcodes.I64_EXTEND_I32_U, I32, I64);
        range(Opcodes.I64_TRUNC_F32_S, Opcodes.I64_TRUNC_F32_U, F32, I64);
        range(Opcodes.I64_TRUNC_F64_S, Opcodes.I64_TRUNC_F64_U, F64, I64);
        range(Opcodes.F32_CONVERT_I32_S, Opcodes.F32_CONVERT_I32_U, I32, F32);
        range(Opcodes.F32_CONVERT_I64_S, Opcodes.F32_CONVERT_I64_U, I64, F32);
        range(Opcodes.F32_DEMOTE_F64, Opcodes.F32_DEMOTE_F64, F64, F32);
        range(Opcodes.F64_CONVERT_I32_S, Opcodes.F64_CONVERT_I32_U, I32, F64);
        range(Opcodes.F64_CONVERT_I64_S, Opcodes.F64_CONVERT_I64_U, I64, F64);
        range(Opcodes.F64_PROMOTE_F32, Opcodes.F64_PROMOTE_F32, F32, F64);
        range(Opcodes.I32_REINTERPRET_F32, Opcodes.I32_REINTERPRET_F32, F32, I32);
        range(Opcodes.I64_REINTERPRET_F64, Opcodes.I64_REINTERPRET_F64, F64, I64);
        range(Opcodes.F32_REINTERPRET_I32, Opcodes.F32_REINTERPRET_I32, I32, F32);
        range(Opcodes.F64_REINTERPRET_I64, Opcodes.F64_REINTERPRET_I64, I64, F64);
        range(Opcodes.I32_EXTEND8_S, Opcodes.I32_EXTEND16_S, I32, I32);
        range(Opcodes.I64_EXTEND8_S, Opcodes.I64_EXTEND32_S, I64, I64);
        SATURATING[0] = SATURATING[1] = new byte[]{F32, I32};
        SATURATING[2] = SATURATING[3] = new byte[]{F64, I32};
        SATURATING[4] = SATURATING[5] = new byte[]{F32, I64};
        SATURATING[6] = SATURATING[7] = new byte[]{F64, I64};
    }

    private NumericSignatures() {
    }

    private static void range(int first, int last, byte... signature) {
        for (int opcode = first; opcode <= last; opcode++) {
            SINGLE_BYTE[opcode] = signature;
        }
    }

    /** The signature of a numeric opcode, or null if the opcode is not a plain numeric instruction. */
    static byte[] of(int opcode) {
        if (opcode < 256) {
            return SINGLE_BYTE[opcode];
        }
        if (opcode >= Opcodes.I32_TRUNC_SAT_F32_S && opcode <= Opcodes.I64_TRUNC_SAT_F64_U) {
            return SATURATING[opcode - Opcodes.I32_TRUNC_SAT_F32_S];
        }
        return null;
    }
}
