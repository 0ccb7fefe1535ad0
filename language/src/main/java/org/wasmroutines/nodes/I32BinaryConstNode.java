package org.wasmroutines.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;

/**
 * An i32 instruction of {@link I32BinaryNode} whose right operand is an {@code i32.const}, the most
 * common shape in compiled C ({@code x + 16}, {@code x << 2}, {@code x < 2}). The constant is a
 * field, so the interpreter makes one call fewer; compiled code is the same as with a
 * {@link ConstNode} child.
 */
public final class I32BinaryConstNode extends ExprNode {
    private final int opcode;
    @Child private ExprNode left;
    private final int right;

    I32BinaryConstNode(int opcode, ExprNode left, int right) {
        this.opcode = opcode;
        this.left = left;
        this.right = right;
    }

    @Override
    public int executeI32(VirtualFrame frame) {
        return I32BinaryNode.compute(opcode, left.executeI32(frame), right, this);
    }

    @Override
    public boolean mayTrap() {
        return I32BinaryNode.traps(opcode);
    }
}
