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
public final class I32UnaryNode extends UnaryNode {
    public I32UnaryNode(int opcode, ExprNode operand) {
        super(opcode, operand);
    }

    @Override
    public int executeI32(VirtualFrame frame) {
        return switch (opcode) {
            case Opcodes.I32_EQZ -> NumericOps.i32Eqz(i32(frame));
            case Opcodes.I32_CLZ -> NumericOps.i32Clz(i32(frame));
            case Opcodes.I32_CTZ -> NumericOps.i32Ctz(i32(frame));
            case Opcodes.I32_POPCNT -> NumericOps.i32Popcnt(i32(frame));
            case Opcodes.I32_EXTEND8_S -> NumericOps.i32Extend8S(i32(frame));
            case Opcodes.I32_EXTEND16_S -> NumericOps.i32Extend16S(i32(frame));
            case Opcodes.I64_EQZ -> NumericOps.i64Eqz(i64(frame));
            case Opcodes.I32_WRAP_I64 -> NumericOps.i32WrapI64(i64(frame));
            case Opcodes.I32_TRUNC_F32_S -> NumericOps.i32TruncF32S(f32(frame), this);
            case Opcodes.I32_TRUNC_F32_U -> NumericOps.i32TruncF32U(f32(frame), this);
            case Opcodes.I32_TRUNC_F64_S -> NumericOps.i32TruncF64S(f64(frame), this);
            case Opcodes.I32_TRUNC_F64_U -> NumericOps.i32TruncF64U(f64(frame), this);
            case Opcodes.I32_TRUNC_SAT_F32_S -> NumericOps.i32TruncSatF32S(f32(frame));
            case Opcodes.I32_TRUNC_SAT_F32_U -> NumericOps.i32TruncSatF32U(f32(frame));
            case Opcodes.I32_TRUNC_SAT_F64_S -> NumericOps.i32TruncSatF64S(f64(frame));
            case Opcodes.I32_TRUNC_SAT_F64_U -> NumericOps.i32TruncSatF64U(f64(frame));
            case Opcodes.I32_REINTERPRET_F32 -> NumericOps.i32ReinterpretF32(f32(frame));
            default -> throw CompilerDirectives.shouldNotReachHere("opcode " + opcode);
        };
    }

    /** Only the non-saturating truncations trap (NaN or out of range). */
    @Override
    public boolean mayTrap() {
        return opcode >= Opcodes.I32_TRUNC_F32_S && opcode <= Opcodes.I32_TRUNC_F64_U;
    }
}
