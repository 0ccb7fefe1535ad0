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
public final class F64UnaryNode extends ExprNode {
    private final int opcode;
    @Child private ExprNode operand;

    public F64UnaryNode(int opcode, ExprNode operand) {
        this.opcode = opcode;
        this.operand = operand;
    }

    @Override
    public double executeF64(VirtualFrame frame) {
        return switch (opcode) {
            case Opcodes.F64_ABS -> NumericOps.f64Abs(operand.executeF64(frame));
            case Opcodes.F64_NEG -> NumericOps.f64Neg(operand.executeF64(frame));
            case Opcodes.F64_CEIL -> NumericOps.f64Ceil(operand.executeF64(frame));
            case Opcodes.F64_FLOOR -> NumericOps.f64Floor(operand.executeF64(frame));
            case Opcodes.F64_TRUNC -> NumericOps.f64Trunc(operand.executeF64(frame));
            case Opcodes.F64_NEAREST -> NumericOps.f64Nearest(operand.executeF64(frame));
            case Opcodes.F64_SQRT -> NumericOps.f64Sqrt(operand.executeF64(frame));
            case Opcodes.F64_CONVERT_I32_S -> NumericOps.f64ConvertI32S(operand.executeI32(frame));
            case Opcodes.F64_CONVERT_I32_U -> NumericOps.f64ConvertI32U(operand.executeI32(frame));
            case Opcodes.F64_CONVERT_I64_S -> NumericOps.f64ConvertI64S(operand.executeI64(frame));
            case Opcodes.F64_CONVERT_I64_U -> NumericOps.f64ConvertI64U(operand.executeI64(frame));
            case Opcodes.F64_PROMOTE_F32 -> NumericOps.f64PromoteF32(operand.executeF32(frame));
            case Opcodes.F64_REINTERPRET_I64 -> NumericOps.f64ReinterpretI64(operand.executeI64(frame));
            default -> throw CompilerDirectives.shouldNotReachHere("opcode " + opcode);
        };
    }

    @Override
    public boolean mayTrap() {
        return false;
    }
}
