package org.wasmroutines.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.CountingConditionProfile;

/**
 * {@code if ... else ... end}: a label like {@code block}; the condition is the operand popped
 * last, evaluated after every operand below it was spilled.
 *
 * @see <a href="https://webassembly.github.io/spec/core/exec/instructions.html#xref-syntax-instructions-syntax-instr-control-mathsf-if-xref-syntax-instructions-syntax-blocktype-mathit-blocktype-xref-syntax-instructions-syntax-instr-mathit-instr-1-ast-xref-syntax-instructions-syntax-instr-control-mathsf-else-xref-syntax-instructions-syntax-instr-mathit-instr-2-ast-xref-syntax-instructions-syntax-instr-control-mathsf-end">if</a>
 */
public final class IfNode extends StmtNode {
    @Child private ExprNode condition;
    @Child private SequenceNode thenBranch;
    @Child private SequenceNode elseBranch;
    private final CountingConditionProfile profile = CountingConditionProfile.create();

    public IfNode(ExprNode condition, SequenceNode thenBranch, SequenceNode elseBranch) {
        this.condition = condition;
        this.thenBranch = thenBranch;
        this.elseBranch = elseBranch;
    }

    @Override
    public int execute(VirtualFrame frame) {
        if (profile.profile(condition.executeI32(frame) != 0)) {
            return BlockNode.exitDepth(thenBranch.execute(frame));
        }
        return BlockNode.exitDepth(elseBranch.execute(frame));
    }
}
