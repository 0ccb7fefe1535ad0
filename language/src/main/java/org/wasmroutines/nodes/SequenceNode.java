package org.wasmroutines.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

/**
 * The statements of one block, loop body or if-branch, run in order until one branches. Unrolled
 * in compiled code, so each statement's branch result is a constant at its site.
 */
public final class SequenceNode extends StmtNode {
    @Children private final StmtNode[] statements;

    public SequenceNode(StmtNode[] statements) {
        this.statements = statements;
    }

    @Override
    @ExplodeLoop
    public int execute(VirtualFrame frame) {
        for (StmtNode statement : statements) {
            int target = statement.execute(frame);
            if (target != NEXT) {
                return target;
            }
        }
        return NEXT;
    }
}
