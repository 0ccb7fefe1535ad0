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
        int last = statements.length - 1;
        for (int i = 0; i < last; i++) {
            int target = statements[i].execute(frame);
            if (target != NEXT) {
                return target;
            }
        }
        // The last statement's result is returned as is: testing it against NEXT first would
        // merge it with a second NEXT, which Graal keeps as an extra compare and conditional move
        // in front of every test of the sequence's result.
        return last < 0 ? NEXT : statements[last].execute(frame);
    }

    /** Runs all statements but the last, as {@link #execute} does: NEXT, or the first branch's depth. */
    @ExplodeLoop
    int executeAllButLast(VirtualFrame frame) {
        for (int i = 0; i < statements.length - 1; i++) {
            int target = statements[i].execute(frame);
            if (target != NEXT) {
                return target;
            }
        }
        return NEXT;
    }

    /** The last statement, or null for an empty sequence. */
    StmtNode lastStatement() {
        return statements.length == 0 ? null : statements[statements.length - 1];
    }
}
