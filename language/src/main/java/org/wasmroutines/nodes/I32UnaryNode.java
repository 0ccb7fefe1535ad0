package org.wasmroutines.nodes;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.wasmroutines.binary.Opcodes;

/**
 * A numeric instruction with one operand and an i32 result (unary arithmetic, tests,
 * conversions, reinterpretations, sign extensions), computed by {@link NumericOps}. The opcode is
 * a constant of the node, so partial evaluation keeps only its case of the switch.
 *
 * @see <a href="https://webassembly.github.io/spec/core/exec/numerics.html">Numerics</a>
 */
public final class I32UnaryNode extends ExprNode {
    private final int opcode;
    @Child private ExprNode operand;

    public I32UnaryNode(int opcode, ExprNode operand) {
        this.opcode = opcode;
        this.operand = operand;
    }

    @Override
    public int executeI32(VirtualFrame frame) {
        return switch (opcode) {
            case Opcodes.I32_EQZ -> NumericOps.i32Eqz(operand.executeI32(frame));
            case Opcodes.I32_CLZ -> NumericOps.i32Clz(operand.executeI32(frame));
            case Opcodes.I32_CTZ -> NumericOps.i32Ctz(operand.executeI32(frame));
            case Opcodes.I32_POPCNT -> NumericOps.i32Popcnt(operand.executeI32(frame));
            case Opcodes.I32_EXTEND8_S -> NumericOps.i32Extend8S(operand.executeI32(frame));
            case Opcodes.I32_EXTEND16_S -> NumericOps.i32Extend16S(operand.executeI32(frame));
            case Opcodes.I64_EQZ -> NumericOps.i64Eqz(operand.executeI64(frame));
            case Opcodes.I32_WRAP_I64 -> NumericOps.i32WrapI64(operand.executeI64(frame));
            case Opcodes.I32_TRUNC_F32_S -> NumericOps.i32TruncF32S(operand.executeF32(frame), this);
            case Opcodes.I32_TRUNC_F32_U -> NumericOps.i32TruncF32U(operand.executeF32(frame), this);
            case Opcodes.I32_TRUNC_F64_S -> NumericOps.i32TruncF64S(operand.executeF64(frame), this);
            case Opcodes.I32_TRUNC_F64_U -> NumericOps.i32TruncF64U(operand.executeF64(frame), this);
            case Opcodes.I32_TRUNC_SAT_F32_S -> NumericOps.i32TruncSatF32S(operand.executeF32(frame));
            case Opcodes.I32_TRUNC_SAT_F32_U -> NumericOps.i32TruncSatF32U(operand.executeF32(frame));
            case Opcodes.I32_TRUNC_SAT_F64_S -> NumericOps.i32TruncSatF64S(operand.executeF64(frame));
            case Opcodes.I32_TRUNC_SAT_F64_U -> NumericOps.i32TruncSatF64U(operand.executeF64(frame));
            case Opcodes.I32_REINTERPRET_F32 -> NumericOps.i32ReinterpretF32(operand.executeF32(frame));
            default -> throw CompilerDirectives.shouldNotReachHere("opcode " + opcode);
        };
    }

    /** Only the non-saturating truncations trap (NaN or out of range). */
    @Override
    public boolean mayTrap() {
        return opcode >= Opcodes.I32_TRUNC_F32_S && opcode <= Opcodes.I32_TRUNC_F64_U;
    }
}
