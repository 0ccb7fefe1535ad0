package org.wasmroutines.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;

/**
 * A numeric constant ({@code i32.const} ... {@code f64.const}), kept as raw bits so that NaN
 * payloads survive; the consumer's typed read picks the interpretation.
 */
public final class ConstNode extends ExprNode {
    private final long bits;

    public ConstNode(long bits) {
        this.bits = bits;
    }

    int i32() {
        return (int) bits;
    }

    long i64() {
        return bits;
    }

    /**
     * Whether {@code operand} is a numeric constant. A consumer that keeps its {@link #bitsOf bits}
     * as a field of its own saves the interpreter a call, as with {@link SlotReadNode#localOf}.
     */
    static boolean is(ExprNode operand) {
        return operand instanceof ConstNode;
    }

    /** The raw bits of {@code operand} if it is a constant, else 0. */
    static long bitsOf(ExprNode operand) {
        return operand instanceof ConstNode constant ? constant.bits : 0;
    }

    @Override
    public int executeI32(VirtualFrame frame) {
        return (int) bits;
    }

    @Override
    public long executeI64(VirtualFrame frame) {
        return bits;
    }

    @Override
    public float executeF32(VirtualFrame frame) {
        return Float.intBitsToFloat((int) bits);
    }

    @Override
    public double executeF64(VirtualFrame frame) {
        return Double.longBitsToDouble(bits);
    }

    @Override
    public boolean isConstant() {
        return true;
    }

    @Override
    public boolean mayTrap() {
        return false;
    }
}
