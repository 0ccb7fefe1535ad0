package org.wasmroutines.nodes;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.wasmroutines.binary.Opcodes;

/**
 * A numeric instruction with one operand and an f32 result (unary arithmetic, tests,
 * conversions, reinterpretations, sign extensions), computed by {@link NumericOps}. The opcode is
 * a constant of the node, so partial evaluation keeps only its case of the switch.
 *
 * @see <a href="https://webassembly.github.io/spec/core/exec/numerics.html">Numerics</a>
 */
public final class F32UnaryNode extends UnaryNode {
    public F32UnaryNode(int opcode, ExprNode operand) {
        super(opcode, operand);
    }

    @Override
    public float executeF32(VirtualFrame frame) {
        return switch (opcode) {
            case Opcodes.F32_ABS -> NumericOps.f32Abs(f32(frame));
            case Opcodes.F32_NEG -> NumericOps.f32Neg(f32(frame));
            case Opcodes.F32_CEIL -> NumericOps.f32Ceil(f32(frame));
            case Opcodes.F32_FLOOR -> NumericOps.f32Floor(f32(frame));
            case Opcodes.F32_TRUNC -> NumericOps.f32Trunc(f32(frame));
            case Opcodes.F32_NEAREST -> NumericOps.f32Nearest(f32(frame));
            case Opcodes.F32_SQRT -> NumericOps.f32Sqrt(f32(frame));
            case Opcodes.F32_CONVERT_I32_S -> NumericOps.f32ConvertI32S(i32(frame));
            case Opcodes.F32_CONVERT_I32_U -> NumericOps.f32ConvertI32U(i32(frame));
            case Opcodes.F32_CONVERT_I64_S -> NumericOps.f32ConvertI64S(i64(frame));
            case Opcodes.F32_CONVERT_I64_U -> NumericOps.f32ConvertI64U(i64(frame));
            case Opcodes.F32_DEMOTE_F64 -> NumericOps.f32DemoteF64(f64(frame));
            case Opcodes.F32_REINTERPRET_I32 -> NumericOps.f32ReinterpretI32(i32(frame));
            default -> throw CompilerDirectives.shouldNotReachHere("opcode " + opcode);
        };
    }

    @Override
    public boolean mayTrap() {
        return false;
    }
}
