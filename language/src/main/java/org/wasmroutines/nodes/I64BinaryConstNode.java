package org.wasmroutines.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;

/**
 * An i64 instruction of {@link I64BinaryNode} whose right operand is an {@code i64.const}
 * ({@code x << 13}, {@code x * 31}): one call fewer in the interpreter, the same compiled code
 * (see {@link I32BinaryConstNode}).
 */
public final class I64BinaryConstNode extends ExprNode {
    private final int opcode;
    @Child private ExprNode left;
    private final long right;
    /** The local the left operand reads, or -1 (see {@link SlotReadNode#localOf}). */
    private final int leftLocal;

    I64BinaryConstNode(int opcode, ExprNode left, long right) {
        this.opcode = opcode;
        this.left = left;
        this.right = right;
        this.leftLocal = SlotReadNode.localOf(left);
    }

    private long left(VirtualFrame frame) {
        return leftLocal >= 0 ? frame.getLongStatic(leftLocal) : left.executeI64(frame);
    }

    @Override
    public int executeI32(VirtualFrame frame) {
        return I64BinaryNode.compare(opcode, left(frame), right);
    }

    @Override
    public long executeI64(VirtualFrame frame) {
        return I64BinaryNode.compute(opcode, left(frame), right, this);
    }

    @Override
    public boolean mayTrap() {
        return I64BinaryNode.traps(opcode);
    }
}
