package org.wasmroutines.nodes;

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

    static SequenceNode sequence(List<StmtNode> statements) {
        return new SequenceNode(statements.toArray(new StmtNode[0]));
    }
}
