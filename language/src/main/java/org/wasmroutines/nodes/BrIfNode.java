package org.wasmroutines.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.CountingConditionProfile;

/**
 * {@code br_if l}: the branch values stay on the stack when it is not taken, so they are copied,
 * not moved.
 *
 * @see <a href="https://webassembly.github.io/spec/core/exec/instructions.html#xref-syntax-instructions-syntax-instr-control-mathsf-br-if-l">br_if</a>
 */
public final class BrIfNode extends BranchNode {
    @Child private ExprNode condition;
    private final int depth;
    private final int fromSlot;
    private final int toSlot;
    private final int count;
    private final CountingConditionProfile profile = CountingConditionProfile.create();
    /** The local the condition reads, or -1 (see {@link SlotReadNode#localOf}). */
    private final int conditionLocal;

    public BrIfNode(ExprNode condition, int depth, int fromSlot, int toSlot, int count) {
        this.condition = condition;
        this.conditionLocal = SlotReadNode.localOf(condition);
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
        int value = conditionLocal >= 0 ? frame.getIntStatic(conditionLocal) : condition.executeI32(frame);
        if (profile.profile(value != 0)) {
            moveValues(frame, fromSlot, toSlot, count);
            return depth;
        }
        return NEXT;
    }
}
