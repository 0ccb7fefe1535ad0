package org.wasmroutines.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;

/**
 * {@code block}: a branch to its label (depth 0) leaves the block; deeper branches pass out with
 * the depth reduced by one. The result values are already in the label's stack slots (the branch
 * or the block's last statements put them there).
 *
 * @see <a href="https://webassembly.github.io/spec/core/exec/instructions.html#xref-syntax-instructions-syntax-instr-control-mathsf-block-xref-syntax-instructions-syntax-blocktype-mathit-blocktype-xref-syntax-instructions-syntax-instr-mathit-instr-ast-xref-syntax-instructions-syntax-instr-control-mathsf-end">block</a>
 */
public final class BlockNode extends StmtNode {
    @Child private SequenceNode body;

    public BlockNode(SequenceNode body) {
        this.body = body;
    }

    SequenceNode body() {
        return body;
    }

    @Override
    public int execute(VirtualFrame frame) {
        return exitDepth(body.execute(frame));
    }

    /** What a label construct returns to its parent for the branch depth its body returned. */
    static int exitDepth(int target) {
        return target <= 0 ? NEXT : target - 1;
    }
}
