package org.wasmroutines.nodes;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.wasmroutines.binary.Opcodes;

/**
 * A numeric instruction with two f64 operands (arithmetic and comparisons), computed by
 * {@link NumericOps}. The opcode is a constant of the node, so partial evaluation keeps only
 * its case of the switch.
 *
 * @see <a href="https://webassembly.github.io/spec/core/exec/numerics.html">Numerics</a>
 */
public final class F64BinaryNode extends ExprNode {
    private final int opcode;
    /**
     * Whether {@code +,-,*,/} quiet a NaN result (see {@link NumericOps}). Cleared while the
     * function is compiled when every consumer of the result is itself a float operation that
     * quiets or ignores NaN payloads (see {@link FunctionCompiler}): a folded operation that
     * passed a signalling NaN on is then quieted one step later, so only the last operation of a
     * chain pays for the test. Never changes once the node runs.
     */
    @CompilationFinal private boolean quietsResult = true;
    @Child private ExprNode left;
    @Child private ExprNode right;
    /** The locals the operands read, or -1 (see {@link SlotReadNode#localOf}). */
    private final int leftLocal;
    private final int rightLocal;
    /** A constant right operand ({@code x * 0.01}), read from here by the interpreter too. */
    private final boolean rightIsConstant;
    private final double rightConstant;

    public F64BinaryNode(int opcode, ExprNode left, ExprNode right) {
        this.opcode = opcode;
        this.left = left;
        this.right = right;
        this.leftLocal = SlotReadNode.localOf(left);
        this.rightLocal = SlotReadNode.localOf(right);
        this.rightIsConstant = ConstNode.is(right);
        this.rightConstant = Double.longBitsToDouble(ConstNode.bitsOf(right));
    }

    private double left(VirtualFrame frame) {
        return leftLocal >= 0 ? frame.getDoubleStatic(leftLocal) : left.executeF64(frame);
    }

    private double right(VirtualFrame frame) {
        if (rightLocal >= 0) {
            return frame.getDoubleStatic(rightLocal);
        }
        return rightIsConstant ? rightConstant : right.executeF64(frame);
    }

    /** Drops the NaN quieting of the result: every consumer quiets it anyway. */
    void leaveQuietingToConsumers() {
        quietsResult = false;
    }

    @Override
    public int executeI32(VirtualFrame frame) {
        double a = left(frame);
        double b = right(frame);
        return switch (opcode) {
            case Opcodes.F64_EQ -> NumericOps.f64Eq(a, b);
            case Opcodes.F64_NE -> NumericOps.f64Ne(a, b);
            case Opcodes.F64_LT -> NumericOps.f64Lt(a, b);
            case Opcodes.F64_GT -> NumericOps.f64Gt(a, b);
            case Opcodes.F64_LE -> NumericOps.f64Le(a, b);
            case Opcodes.F64_GE -> NumericOps.f64Ge(a, b);
            default -> throw CompilerDirectives.shouldNotReachHere("opcode " + opcode);
        };
    }

    @Override
    public double executeF64(VirtualFrame frame) {
        double a = left(frame);
        double b = right(frame);
        return switch (opcode) {
            case Opcodes.F64_COPYSIGN -> NumericOps.f64Copysign(a, b);
            case Opcodes.F64_ADD -> quietsResult ? NumericOps.f64Add(a, b) : a + b;
            case Opcodes.F64_SUB -> quietsResult ? NumericOps.f64Sub(a, b) : a - b;
            case Opcodes.F64_MUL -> quietsResult ? NumericOps.f64Mul(a, b) : a * b;
            case Opcodes.F64_DIV -> quietsResult ? NumericOps.f64Div(a, b) : a / b;
            case Opcodes.F64_MIN -> NumericOps.f64Min(a, b);
            case Opcodes.F64_MAX -> NumericOps.f64Max(a, b);
            default -> throw CompilerDirectives.shouldNotReachHere("opcode " + opcode);
        };
    }

    @Override
    public boolean mayTrap() {
        return false;
    }
}
