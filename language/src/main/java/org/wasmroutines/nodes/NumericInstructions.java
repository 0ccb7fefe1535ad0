package org.wasmroutines.nodes;

import org.wasmroutines.binary.Opcodes;
import org.wasmroutines.syntax.ValType;

/**
 * The shapes of the numeric instructions (opcodes {@code 0x45..0xC4} and the saturating
 * truncations {@code 0xFC00..0xFC07}): how many operands, of which type, and the result type,
 * following the opcode table's layout. Makes the node for one; the arithmetic itself is in
 * {@link NumericOps}.
 *
 * @see <a href="https://webassembly.github.io/spec/core/binary/instructions.html#numeric-instructions">Numeric instructions</a>
 */
final class NumericInstructions {
    private NumericInstructions() {
    }

    static boolean isNumeric(int opcode) {
        return opcode >= Opcodes.I32_EQZ && opcode <= Opcodes.I64_EXTEND32_S
                        || opcode >= Opcodes.I32_TRUNC_SAT_F32_S && opcode <= Opcodes.I64_TRUNC_SAT_F64_U;
    }

    /** The operand type of a two-operand instruction, or 0 if the instruction takes one operand. */
    static byte binaryOperandType(int opcode) {
        if (opcode >= Opcodes.I32_EQ && opcode <= Opcodes.I32_GE_U || opcode >= Opcodes.I32_ADD && opcode <= Opcodes.I32_ROTR) {
            return ValType.I32;
        }
        if (opcode >= Opcodes.I64_EQ && opcode <= Opcodes.I64_GE_U || opcode >= Opcodes.I64_ADD && opcode <= Opcodes.I64_ROTR) {
            return ValType.I64;
        }
        if (opcode >= Opcodes.F32_EQ && opcode <= Opcodes.F32_GE || opcode >= Opcodes.F32_ADD && opcode <= Opcodes.F32_COPYSIGN) {
            return ValType.F32;
        }
        if (opcode >= Opcodes.F64_EQ && opcode <= Opcodes.F64_GE || opcode >= Opcodes.F64_ADD && opcode <= Opcodes.F64_COPYSIGN) {
            return ValType.F64;
        }
        return 0;
    }

    static byte resultType(int opcode) {
        if (opcode <= Opcodes.F64_GE) {
            return ValType.I32; // tests and comparisons
        }
        byte binary = binaryOperandType(opcode);
        if (binary != 0) {
            return binary;
        }
        if (opcode >= Opcodes.I32_CLZ && opcode <= Opcodes.I32_POPCNT) {
            return ValType.I32;
        }
        if (opcode >= Opcodes.I64_CLZ && opcode <= Opcodes.I64_POPCNT) {
            return ValType.I64;
        }
        if (opcode >= Opcodes.F32_ABS && opcode <= Opcodes.F32_SQRT) {
            return ValType.F32;
        }
        if (opcode >= Opcodes.F64_ABS && opcode <= Opcodes.F64_SQRT) {
            return ValType.F64;
        }
        return switch (opcode) {
            case Opcodes.I32_WRAP_I64, Opcodes.I32_TRUNC_F32_S, Opcodes.I32_TRUNC_F32_U, Opcodes.I32_TRUNC_F64_S,
                            Opcodes.I32_TRUNC_F64_U, Opcodes.I32_REINTERPRET_F32, Opcodes.I32_EXTEND8_S, Opcodes.I32_EXTEND16_S,
                            Opcodes.I32_TRUNC_SAT_F32_S, Opcodes.I32_TRUNC_SAT_F32_U, Opcodes.I32_TRUNC_SAT_F64_S,
                            Opcodes.I32_TRUNC_SAT_F64_U ->
                ValType.I32;
            case Opcodes.I64_EXTEND_I32_S, Opcodes.I64_EXTEND_I32_U, Opcodes.I64_TRUNC_F32_S, Opcodes.I64_TRUNC_F32_U,
                            Opcodes.I64_TRUNC_F64_S, Opcodes.I64_TRUNC_F64_U, Opcodes.I64_REINTERPRET_F64, Opcodes.I64_EXTEND8_S,
                            Opcodes.I64_EXTEND16_S, Opcodes.I64_EXTEND32_S, Opcodes.I64_TRUNC_SAT_F32_S,
                            Opcodes.I64_TRUNC_SAT_F32_U, Opcodes.I64_TRUNC_SAT_F64_S, Opcodes.I64_TRUNC_SAT_F64_U ->
                ValType.I64;
            case Opcodes.F32_CONVERT_I32_S, Opcodes.F32_CONVERT_I32_U, Opcodes.F32_CONVERT_I64_S, Opcodes.F32_CONVERT_I64_U,
                            Opcodes.F32_DEMOTE_F64, Opcodes.F32_REINTERPRET_I32 ->
                ValType.F32;
            default -> ValType.F64;
        };
    }

    /**
     * Whether the instruction quiets a NaN operand itself or ignores its payload: float arithmetic,
     * {@code min}, {@code max} and comparisons, the roundings (which test their operand first),
     * {@code sqrt} (always the processor's instruction), {@code demote} and {@code promote}. Not
     * {@code abs}, {@code neg}, {@code copysign} and the reinterpretations, which keep every bit
     * of a NaN.
     */
    static boolean quietsOperands(int opcode) {
        return opcode >= Opcodes.F32_EQ && opcode <= Opcodes.F64_GE
                        || opcode >= Opcodes.F32_CEIL && opcode <= Opcodes.F32_MAX
                        || opcode >= Opcodes.F64_CEIL && opcode <= Opcodes.F64_MAX
                        || opcode == Opcodes.F32_DEMOTE_F64 || opcode == Opcodes.F64_PROMOTE_F32;
    }

    /**
     * Drops the NaN quieting of {@code value}'s result if it is float arithmetic: for a value whose
     * every consumer {@link #quietsOperands quiets it}.
     */
    static void leaveQuietingToConsumers(ExprNode value) {
        if (value instanceof F64BinaryNode f64) {
            f64.leaveQuietingToConsumers();
        } else if (value instanceof F32BinaryNode f32) {
            f32.leaveQuietingToConsumers();
        }
    }

    static ExprNode binary(int opcode, ExprNode left, ExprNode right) {
        return switch (binaryOperandType(opcode)) {
            case ValType.I32 -> i32Binary(opcode, left, right);
            case ValType.I64 -> right instanceof ConstNode constant
                            ? new I64BinaryConstNode(opcode, left, constant.i64())
                            : new I64BinaryNode(opcode, left, right);
            case ValType.F32 -> new F32BinaryNode(opcode, left, right);
            default -> new F64BinaryNode(opcode, left, right);
        };
    }

    /** Fused nodes for a constant right operand, which most i32 instructions in compiled C have (see {@link I32BinaryConstNode}). */
    private static ExprNode i32Binary(int opcode, ExprNode left, ExprNode right) {
        if (!(right instanceof ConstNode constant)) {
            return new I32BinaryNode(opcode, left, right);
        }
        if (left instanceof SlotReadNode local) {
            return new I32LocalConstNode(opcode, local.slot(), constant.i32());
        }
        return new I32BinaryConstNode(opcode, left, constant.i32());
    }

    static ExprNode unary(int opcode, ExprNode operand) {
        return switch (resultType(opcode)) {
            case ValType.I32 -> new I32UnaryNode(opcode, operand);
            case ValType.I64 -> new I64UnaryNode(opcode, operand);
            case ValType.F32 -> new F32UnaryNode(opcode, operand);
            default -> new F64UnaryNode(opcode, operand);
        };
    }
}
