package org.wasmroutines.nodes;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.wasmroutines.binary.Opcodes;

/**
 * A numeric instruction with two f32 operands (arithmetic and comparisons), computed by
 * {@link NumericOps}. The opcode is a constant of the node, so partial evaluation keeps only
 * its case of the switch.
 *
 * @see <a href="https://webassembly.github.io/spec/core/exec/numerics.html">Numerics</a>
 */
public final class F32BinaryNode extends ExprNode {
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

    public F32BinaryNode(int opcode, ExprNode left, ExprNode right) {
        this.opcode = opcode;
        this.left = left;
        this.right = right;
        this.leftLocal = SlotReadNode.localOf(left);
        this.rightLocal = SlotReadNode.localOf(right);
    }

    private float left(VirtualFrame frame) {
        return leftLocal >= 0 ? frame.getFloatStatic(leftLocal) : left.executeF32(frame);
    }

    private float right(VirtualFrame frame) {
        return rightLocal >= 0 ? frame.getFloatStatic(rightLocal) : right.executeF32(frame);
    }

    /** Drops the NaN quieting of the result: every consumer quiets it anyway. */
    void leaveQuietingToConsumers() {
        quietsResult = false;
    }

    @Override
    public int executeI32(VirtualFrame frame) {
        float a = left(frame);
        float b = right(frame);
        return switch (opcode) {
            case Opcodes.F32_EQ -> NumericOps.f32Eq(a, b);
            case Opcodes.F32_NE -> NumericOps.f32Ne(a, b);
            case Opcodes.F32_LT -> NumericOps.f32Lt(a, b);
            case Opcodes.F32_GT -> NumericOps.f32Gt(a, b);
            case Opcodes.F32_LE -> NumericOps.f32Le(a, b);
            case Opcodes.F32_GE -> NumericOps.f32Ge(a, b);
            default -> throw CompilerDirectives.shouldNotReachHere("opcode " + opcode);
        };
    }

    @Override
    public float executeF32(VirtualFrame frame) {
        float a = left(frame);
        float b = right(frame);
        return switch (opcode) {
            case Opcodes.F32_COPYSIGN -> NumericOps.f32Copysign(a, b);
            case Opcodes.F32_ADD -> quietsResult ? NumericOps.f32Add(a, b) : a + b;
            case Opcodes.F32_SUB -> quietsResult ? NumericOps.f32Sub(a, b) : a - b;
            case Opcodes.F32_MUL -> quietsResult ? NumericOps.f32Mul(a, b) : a * b;
            case Opcodes.F32_DIV -> quietsResult ? NumericOps.f32Div(a, b) : a / b;
            case Opcodes.F32_MIN -> NumericOps.f32Min(a, b);
            case Opcodes.F32_MAX -> NumericOps.f32Max(a, b);
            default -> throw CompilerDirectives.shouldNotReachHere("opcode " + opcode);
        };
    }

    @Override
    public boolean mayTrap() {
        return false;
    }
}
