package org.wasmroutines.nodes;

import com.oracle.truffle.api.nodes.Node;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The compiler's abstract operand stack. An entry is either a pending expression (a node tree not
 * yet evaluated, which becomes a child of its consumer) or a value already stored in the frame
 * slot of its height. {@link #spill} evaluates every pending non-constant entry into its slot,
 * bottom-up: the compiler calls it before any instruction with a side effect, so expressions are
 * evaluated, and trap, exactly in the stack machine's order, and no pending read can observe a
 * later write. A {@code local.set} needs less ({@link #spillBeforeLocalWrite}): only the entries
 * that read the local or could trap before its value does.
 *
 * <p>Pending trees are kept shallow: an entry deeper than {@link #MAX_TREE_DEPTH} is spilled, so
 * that long generated expressions cannot exhaust the Java stack of the interpreter.
 */
final class OperandStack {
    static final int MAX_TREE_DEPTH = 64;

    private final int firstSlot;
    private ExprNode[] pending = new ExprNode[16];
    private byte[] types = new byte[16];
    /**
     * For a stored entry spilled from a pending tree since the last control instruction: that
     * tree. Until a control instruction the slot has one reader, whoever pops the entry, which
     * lets the compiler see where the spilled value goes (see {@link #spilledValue}).
     */
    private ExprNode[] spilled = new ExprNode[16];
    /** The spilled tree a popped operand read returns, for reads popped since the last control instruction. */
    private final Map<ExprNode, ExprNode> spilledValues = new IdentityHashMap<>();
    /** What is known of the pending trees whose parent is not built yet (pending entries and popped operands). */
    private final Map<Node, Tree> trees = new IdentityHashMap<>();
    private int height;
    private int maxHeight;

    /** @param firstSlot the frame slot of stack height 0 */
    OperandStack(int firstSlot) {
        this.firstSlot = firstSlot;
    }

    int height() {
        return height;
    }

    int maxHeight() {
        return maxHeight;
    }

    /** The frame slot that holds the value at stack height {@code h}. */
    int slot(int h) {
        return firstSlot + h;
    }

    byte typeAt(int h) {
        return types[h];
    }

    byte peekType() {
        return types[height - 1];
    }

    void push(byte type, ExprNode expression) {
        if (height == pending.length) {
            pending = Arrays.copyOf(pending, height * 2);
            types = Arrays.copyOf(types, height * 2);
            spilled = Arrays.copyOf(spilled, height * 2);
        }
        pending[height] = expression;
        spilled[height] = null;
        types[height] = type;
        height++;
        maxHeight = Math.max(maxHeight, height);
        if (expression != null) {
            trees.put(expression, tree(expression));
        }
    }

    /**
     * A pending tree's depth, the locals it reads ({@link ExprNode#localsRead}) and whether it may
     * trap.
     */
    private record Tree(int depth, long localsRead, boolean mayTrap) {
    }

    /** What is known of {@code node}'s tree, taken over from its children's entries where they have one. */
    private Tree tree(Node node) {
        Tree known = trees.remove(node);
        if (known != null) {
            return known;
        }
        int depth = 1;
        long locals = 0;
        boolean mayTrap = false;
        if (node instanceof ExprNode expression) {
            locals = expression.localsRead();
            mayTrap = expression.mayTrap();
        }
        for (Node child : node.getChildren()) {
            Tree tree = tree(child);
            depth = Math.max(depth, tree.depth() + 1);
            locals |= tree.localsRead();
            mayTrap |= tree.mayTrap();
        }
        return new Tree(depth, locals, mayTrap);
    }

    /** True if the top entry is a pending tree deeper than {@link #MAX_TREE_DEPTH}. */
    boolean topTooDeep() {
        ExprNode top = pending[height - 1];
        return top != null && trees.get(top).depth() > MAX_TREE_DEPTH;
    }

    /** Pushes a value that a statement stores into the slot of the new top. */
    void pushStored(byte type) {
        push(type, null);
    }

    /** The top entry as an expression to be used exactly once (if stored, a read that clears its slot). */
    ExprNode pop() {
        height--;
        ExprNode expression = pending[height];
        pending[height] = null;
        if (expression != null) {
            return expression;
        }
        ExprNode read = new OperandReadNode(slot(height));
        if (spilled[height] != null) {
            spilledValues.put(read, spilled[height]);
            spilled[height] = null;
        }
        return read;
    }

    /**
     * The tree whose value {@code operand}, a popped entry, reads back from its slot, if it was
     * spilled since the last control instruction; null otherwise. Between control instructions a
     * spilled value has exactly one reader, the operand; a branch may copy it elsewhere, so
     * {@link #spillAllFrom}, which every control instruction calls, forgets them all.
     */
    ExprNode spilledValue(ExprNode operand) {
        return spilledValues.get(operand);
    }

    /** The top {@code n} entries, deepest first (the order in which they are evaluated). */
    ExprNode[] pop(int n) {
        ExprNode[] operands = new ExprNode[n];
        for (int i = n - 1; i >= 0; i--) {
            operands[i] = pop();
        }
        return operands;
    }

    /** Forgets the entries above {@code h} (leaving a block, or unreachable code). */
    void truncate(int h) {
        Arrays.fill(pending, h, Math.max(h, height), null);
        Arrays.fill(spilled, h, Math.max(h, height), null);
        height = h;
    }

    /** True if the entry at height {@code h} is a pending tree that still has to be evaluated. */
    boolean isPendingComputation(int h) {
        return pending[h] != null && !pending[h].isConstant();
    }

    /** Stores every pending non-constant entry into its slot, in stack order. */
    void spill(List<StmtNode> statements) {
        spillUpTo(height - 1, statements);
    }

    /** Stores the pending non-constant entries at heights up to {@code top}, in stack order. */
    private void spillUpTo(int top, List<StmtNode> statements) {
        for (int h = 0; h <= top; h++) {
            ExprNode expression = pending[h];
            if (expression != null && !expression.isConstant()) {
                statements.add(new SlotWriteNode(slot(h), types[h], expression));
                trees.remove(expression);
                pending[h] = null;
                spilled[h] = expression;
            }
        }
    }

    /**
     * Before {@code local.set} of {@code local} to {@code value} (popped already): stores the pending
     * entries that must be evaluated first. Those are the ones that read the local, and, if the
     * value may trap, those that may trap too (so traps come in the stack machine's order), and
     * every entry below the highest of these. The entries above it neither see the write nor
     * change which trap comes first; they stay pending, so that the interpreter does not store
     * and reload them.
     */
    void spillBeforeLocalWrite(List<StmtNode> statements, int local, ExprNode value) {
        boolean valueMayTrap = tree(value).mayTrap();
        int highest = -1;
        for (int h = 0; h < height; h++) {
            if (isPendingComputation(h)) {
                Tree tree = trees.get(pending[h]);
                if ((tree.localsRead() & (1L << local)) != 0 || tree.mayTrap() && valueMayTrap) {
                    highest = h;
                }
            }
        }
        spillUpTo(highest, statements);
    }

    /**
     * Stores every pending entry from height {@code from} up, constants included (block results,
     * branch values), and forgets which trees the stored entries came from: past a control
     * instruction a slot may be read on more than one path.
     */
    void spillAllFrom(int from, List<StmtNode> statements) {
        spill(statements);
        for (int h = from; h < height; h++) {
            if (pending[h] != null) {
                statements.add(new SlotWriteNode(slot(h), types[h], pending[h]));
                pending[h] = null;
            }
        }
        Arrays.fill(spilled, null);
        spilledValues.clear();
    }
}
