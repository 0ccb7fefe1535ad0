package org.wasmroutines.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;

/** {@code br l} and {@code return} (a branch to the function's label). */
public final class BrNode extends BranchNode {
    private final int depth;
    private final int fromSlot;
    private final int toSlot;
    private final int count;

    public BrNode(int depth, int fromSlot, int toSlot, int count) {
        this.depth = depth;
        this.fromSlot = fromSlot;
        this.toSlot = toSlot;
        this.count = count;
    }

    /** The label's depth, for the analysis of {@link NestedBlocksNode}. */
    int depth() {
        return depth;
    }

    @Override
    public int execute(VirtualFrame frame) {
        moveValues(frame, fromSlot, toSlot, count);
        return depth;
    }
}
