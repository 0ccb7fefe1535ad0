package org.wasmroutines.nodes;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * A structured-control construct being compiled (the function body, a block, loop or if), with
 * the statements collected so far for its current branch.
 */
final class ControlFrame {
    private static final int[] NO_LOCALS = {};

    enum Kind {
        FUNCTION,
        BLOCK,
        LOOP,
        IF
    }

    final Kind kind;
    final byte[] params;
    final byte[] results;
    /** Operand-stack height below the construct's parameters. */
    final int baseHeight;
    /** The condition of an {@code if}. */
    final ExprNode condition;
    List<StmtNode> statements = new ArrayList<>();
    /** The then-branch of an {@code if} once its {@code else} was seen. */
    List<StmtNode> thenStatements;
    /** False after an unconditional branch, until this construct's else or end. */
    boolean reachable = true;
    /** A loop's locals that are dead where an iteration starts (see {@link LocalLiveness}). */
    int[] clearedLocals = NO_LOCALS;

    ControlFrame(Kind kind, byte[] params, byte[] results, int baseHeight, ExprNode condition) {
        this.kind = kind;
        this.params = params;
        this.results = results;
        this.baseHeight = baseHeight;
        this.condition = condition;
    }

    /** The types a branch to this construct's label carries: a loop's label is its start. */
    byte[] labelTypes() {
        return kind == Kind.LOOP ? params : results;
    }

    /**
     * The statements as one sequence. A switch ({@link NestedBlocksNode} that
     * {@link NestedBlocksNode#switches}) followed by more statements takes them in, as long as it
     * still switches with them, so that compiled code runs them on each case's path. Built from the
     * end, so a switch takes in the statements after it with any later switch already joined.
     */
    static SequenceNode sequence(List<StmtNode> statements) {
        ArrayDeque<StmtNode> joined = new ArrayDeque<>();
        for (int i = statements.size() - 1; i >= 0; i--) {
            StmtNode statement = statements.get(i);
            if (statement instanceof NestedBlocksNode chain && chain.switches() && !joined.isEmpty()) {
                NestedBlocksNode followed = chain.followedBy(new SequenceNode(joined.toArray(new StmtNode[0])));
                if (followed.switches()) {
                    joined.clear();
                    statement = followed;
                }
            }
            joined.addFirst(statement);
        }
        return new SequenceNode(joined.toArray(new StmtNode[0]));
    }
}
