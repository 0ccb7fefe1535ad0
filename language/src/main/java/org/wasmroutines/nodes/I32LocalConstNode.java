package org.wasmroutines.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;

/**
 * {@code local.get x; i32.const c} and an i32 instruction of {@link I32BinaryNode}: the shape of
 * most address and counter arithmetic in compiled C ({@code sp + 16}, {@code i + 1}, {@code n < 2}).
 * One node instead of three saves the interpreter two calls; compiled code is the same.
 */
public final class I32LocalConstNode extends ExprNode {
    private final int opcode;
    private final int local;
    private final int right;

    I32LocalConstNode(int opcode, int local, int right) {
        this.opcode = opcode;
        this.local = local;
        this.right = right;
    }

    @Override
    public int executeI32(VirtualFrame frame) {
        return I32BinaryNode.compute(opcode, frame.getIntStatic(local), right, this);
    }

    @Override
    public long localsRead() {
        return 1L << local;
    }

    @Override
    public boolean mayTrap() {
        return I32BinaryNode.traps(opcode);
    }
}
