package org.wasmroutines.nodes;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.wasmroutines.binary.Opcodes;

/**
 * A numeric instruction with one operand and an f64 result (unary arithmetic, tests,
 * conversions, reinterpretations, sign extensions), computed by {@link NumericOps}. The opcode is
 * a constant of the node, so partial evaluation keeps only its case of the switch.
 *
 * @see <a href="https://webassembly.github.io/spec/core/exec/numerics.html">Numerics</a>
 */
public final class F64UnaryNode extends UnaryNode {
    public F64UnaryNode(int opcode, ExprNode operand) {
        super(opcode, operand);
    }

    @Override
    public double executeF64(VirtualFrame frame) {
        return switch (opcode) {
            case Opcodes.F64_ABS -> NumericOps.f64Abs(f64(frame));
            case Opcodes.F64_NEG -> NumericOps.f64Neg(f64(frame));
            case Opcodes.F64_CEIL -> NumericOps.f64Ceil(f64(frame));
            case Opcodes.F64_FLOOR -> NumericOps.f64Floor(f64(frame));
            case Opcodes.F64_TRUNC -> NumericOps.f64Trunc(f64(frame));
            case Opcodes.F64_NEAREST -> NumericOps.f64Nearest(f64(frame));
            case Opcodes.F64_SQRT -> NumericOps.f64Sqrt(f64(frame));
            case Opcodes.F64_CONVERT_I32_S -> NumericOps.f64ConvertI32S(i32(frame));
            case Opcodes.F64_CONVERT_I32_U -> NumericOps.f64ConvertI32U(i32(frame));
            case Opcodes.F64_CONVERT_I64_S -> NumericOps.f64ConvertI64S(i64(frame));
            case Opcodes.F64_CONVERT_I64_U -> NumericOps.f64ConvertI64U(i64(frame));
            case Opcodes.F64_PROMOTE_F32 -> NumericOps.f64PromoteF32(f32(frame));
            case Opcodes.F64_REINTERPRET_I64 -> NumericOps.f64ReinterpretI64(i64(frame));
            default -> throw CompilerDirectives.shouldNotReachHere("opcode " + opcode);
        };
    }

    @Override
    public boolean mayTrap() {
        return false;
    }
}
