package org.wasmroutines.nodes;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.wasmroutines.binary.Opcodes;

/**
 * A numeric instruction with one operand and an i64 result (unary arithmetic, tests,
 * conversions, reinterpretations, sign extensions), computed by {@link NumericOps}. The opcode is
 * a constant of the node, so partial evaluation keeps only its case of the switch.
 *
 * @see <a href="https://webassembly.github.io/spec/core/exec/numerics.html">Numerics</a>
 */
public final class I64UnaryNode extends UnaryNode {
    public I64UnaryNode(int opcode, ExprNode operand) {
        super(opcode, operand);
    }

    @Override
    public long executeI64(VirtualFrame frame) {
        return switch (opcode) {
            case Opcodes.I64_CLZ -> NumericOps.i64Clz(i64(frame));
            case Opcodes.I64_CTZ -> NumericOps.i64Ctz(i64(frame));
            case Opcodes.I64_POPCNT -> NumericOps.i64Popcnt(i64(frame));
            case Opcodes.I64_EXTEND8_S -> NumericOps.i64Extend8S(i64(frame));
            case Opcodes.I64_EXTEND16_S -> NumericOps.i64Extend16S(i64(frame));
            case Opcodes.I64_EXTEND32_S -> NumericOps.i64Extend32S(i64(frame));
            case Opcodes.I64_EXTEND_I32_S -> NumericOps.i64ExtendI32S(i32(frame));
            case Opcodes.I64_EXTEND_I32_U -> NumericOps.i64ExtendI32U(i32(frame));
            case Opcodes.I64_TRUNC_F32_S -> NumericOps.i64TruncF32S(f32(frame), this);
            case Opcodes.I64_TRUNC_F32_U -> NumericOps.i64TruncF32U(f32(frame), this);
            case Opcodes.I64_TRUNC_F64_S -> NumericOps.i64TruncF64S(f64(frame), this);
            case Opcodes.I64_TRUNC_F64_U -> NumericOps.i64TruncF64U(f64(frame), this);
            case Opcodes.I64_TRUNC_SAT_F32_S -> NumericOps.i64TruncSatF32S(f32(frame));
            case Opcodes.I64_TRUNC_SAT_F32_U -> NumericOps.i64TruncSatF32U(f32(frame));
            case Opcodes.I64_TRUNC_SAT_F64_S -> NumericOps.i64TruncSatF64S(f64(frame));
            case Opcodes.I64_TRUNC_SAT_F64_U -> NumericOps.i64TruncSatF64U(f64(frame));
            case Opcodes.I64_REINTERPRET_F64 -> NumericOps.i64ReinterpretF64(f64(frame));
            default -> throw CompilerDirectives.shouldNotReachHere("opcode " + opcode);
        };
    }

    /** Only the non-saturating truncations trap (NaN or out of range). */
    @Override
    public boolean mayTrap() {
        return opcode >= Opcodes.I64_TRUNC_F32_S && opcode <= Opcodes.I64_TRUNC_F64_U;
    }
}
