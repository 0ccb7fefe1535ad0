package org.wasmroutines.nodes;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.NodeUtil;
import java.util.Arrays;
import java.util.BitSet;
import java.util.function.IntConsumer;

/**
 * {@code block}s that each open at the start of the next outer one, the shape a C {@code switch}
 * compiles to: {@code block block block ... br_table ... end case0 ... end case1 ... end}. As a
 * tree of {@link BlockNode}s every run of the dispatch would go down through all the levels and
 * every branch to a case back up through them, two calls per level each way. Here the levels are
 * flat: part 0 is the innermost block's body and part {@code i} the code that follows the end of
 * the {@code i}-th block (counted from the innermost), so part {@code i} ends block {@code i}, and
 * a branch of depth {@code d} out of part {@code i} continues with part {@code i + d + 1}.
 *
 * @see BlockNode
 */
public final class NestedBlocksNode extends StmtNode {
    /**
     * How many times the parts' nodes compiled code may partially evaluate when it gives each
     * target of the {@link #table} its own copy of the parts it runs (see {@link #dispatch}).
     */
    private static final int COPIES_BUDGET = 3;
    /**
     * Nor deeper nests than this: a switch's blocks are about as many as the table's distinct
     * targets, and a chain is analysed again each time a block extends it.
     */
    private static final int MAX_PARTS = 2 * BrTableNode.UNROLL_LIMIT + 2;

    @Children private final SequenceNode[] parts;
    /**
     * The statements that follow the outermost block in the enclosing sequence, when compiled code
     * should run them on each of the switch's paths (see {@link #followedBy}); null otherwise.
     */
    @Child private SequenceNode after;
    /**
     * The {@code br_table} that ends part 0 (the switch), when compiled code jumps from it straight
     * to the part each target continues with; null when there is none, or when the copies of the
     * parts that takes would be too large.
     */
    private final BrTableNode table;

    NestedBlocksNode(SequenceNode[] parts) {
        this(parts, null);
    }

    private NestedBlocksNode(SequenceNode[] parts, SequenceNode after) {
        this.parts = parts;
        this.after = after;
        this.table = switchTable(parts, after);
    }

    /** Whether compiled code dispatches on the switch's {@code br_table} (see {@link #dispatch}). */
    boolean switches() {
        return table != null;
    }

    /**
     * The chain with {@code after}, the statements that follow it in its sequence, run by the chain
     * itself. In a loop, a switch's cases mostly end in a branch to the loop or to the end of the
     * outermost block, where the statements that follow lead to the loop's start too. Run after the
     * chain returned, those statements and the loop's test would see the cases' branch depths merged
     * into one value, which compiled code tests at every dispatch (twice in the interp kernel's loop:
     * is it the end of the switch, is it the loop). Run by the chain, they are part of each case's
     * path, where the depth is a constant. The result does not {@link #switches} when its copies
     * would exceed the budget.
     */
    NestedBlocksNode followedBy(SequenceNode statements) {
        assert after == null;
        return new NestedBlocksNode(parts, statements);
    }

    /** The parts of a chain that {@code block} extends by one level with {@code rest} after its end. */
    SequenceNode[] extendedBy(SequenceNode rest) {
        assert after == null : "a chain followed by statements is never the first statement of a block";
        SequenceNode[] extended = Arrays.copyOf(parts, parts.length + 1);
        extended[parts.length] = rest;
        return extended;
    }

    @Override
    public int execute(VirtualFrame frame) {
        if (CompilerDirectives.inInterpreter()) {
            int target = jump(frame);
            return after != null && target == NEXT ? after.execute(frame) : target;
        }
        if (table != null) {
            return dispatch(frame);
        }
        return levels(frame, parts[0].execute(frame));
    }

    /** The interpreter goes straight to the part a branch continues with. */
    private int jump(VirtualFrame frame) {
        int i = 0;
        while (i < parts.length) {
            int target = parts[i].execute(frame);
            i += target == NEXT ? 1 : target + 1;
        }
        // Past the last part: the depth beyond the outermost block, or NEXT for its own end.
        return i - parts.length - 1;
    }

    /**
     * Compiled code sees the same levels as a tree of blocks, from part 1 on, with {@code target}
     * the branch result of part 0, and then the statements {@link #after} the chain: each part's
     * branch result is a constant at its site, so the level tests fold away where it is one constant.
     */
    @ExplodeLoop
    private int levels(VirtualFrame frame, int target) {
        int result = target;
        for (int i = 1; i < parts.length; i++) {
            result = BlockNode.exitDepth(result);
            if (result == NEXT) {
                result = parts[i].execute(frame);
            }
        }
        result = BlockNode.exitDepth(result);
        if (after != null && result == NEXT) {
            result = after.execute(frame);
        }
        return result;
    }

    /**
     * Compiled code with a switch: every distinct target depth of the {@code br_table} is one
     * constant path into {@link #levels}, so each runs exactly the parts it continues with. Were
     * the table's result one value merged from all entries, the level walk would test it at every
     * level, and Graal does not split those tests per entry (the merge also carries the locals
     * each case wrote), so each dispatch would pass through every level on its way to its case.
     */
    @ExplodeLoop
    private int dispatch(VirtualFrame frame) {
        int target = parts[0].executeAllButLast(frame);
        if (target != NEXT) {
            return levels(frame, target);
        }
        int index = table.index(frame);
        int fallback = table.defaultGroup();
        for (int g = 0; g < table.groupCount(); g++) {
            if (g != fallback && table.selects(index, g)) {
                table.moveValuesOf(frame, g);
                return levels(frame, table.groupDepth(g));
            }
        }
        table.moveValuesOf(frame, fallback);
        return levels(frame, table.groupDepth(fallback));
    }

    /**
     * The {@code br_table} ending part 0 if compiled code should dispatch on it: when the parts
     * its targets reach, one copy per target, add up to at most {@link #COPIES_BUDGET} times all
     * the parts' nodes. The statements {@code after} the chain, if any, count as one more part,
     * outside the outermost block. Which part can pass on to which is a static over-estimate
     * (every branch out of a part, and its end unless it ends in a branch), so the real copies are
     * no larger.
     */
    private static BrTableNode switchTable(SequenceNode[] parts, SequenceNode after) {
        if (!(parts[0].lastStatement() instanceof BrTableNode table) || table.groupCount() > BrTableNode.UNROLL_LIMIT
                        || parts.length > MAX_PARTS) {
            return null;
        }
        int count = after == null ? parts.length : parts.length + 1;
        int[] sizes = new int[count];
        BitSet[] successors = new BitSet[count];
        long total = 0;
        for (int i = 0; i < count; i++) {
            sizes[i] = NodeUtil.countNodes(i < parts.length ? parts[i] : after);
            total += sizes[i];
            // The statements after the chain pass on to nothing of it.
            successors[i] = i < parts.length ? successors(parts, i, count) : new BitSet();
        }
        long copies = 0;
        for (int g = 0; g < table.groupCount(); g++) {
            int first = table.groupDepth(g) + 1;
            if (first < count) {
                BitSet reached = new BitSet();
                reach(successors, first, reached);
                copies += reached.stream().mapToLong(i -> sizes[i]).sum();
            }
        }
        return copies <= COPIES_BUDGET * total ? table : null;
    }

    /**
     * The parts that part {@code i} may pass on to, by its end or by a branch out of it, among the
     * first {@code count} (the parts, and the statements after the chain as part {@code parts.length}).
     */
    private static BitSet successors(SequenceNode[] parts, int i, int count) {
        BitSet next = new BitSet();
        StmtNode last = parts[i].lastStatement();
        if (!(last instanceof BrNode || last instanceof BrTableNode || last instanceof UnreachableNode)) {
            next.set(i + 1);
        }
        branchesOut(parts[i], 0, depth -> next.set(i + depth + 1));
        next.clear(count, Math.max(count, next.length()));
        return next;
    }

    private static void reach(BitSet[] successors, int part, BitSet reached) {
        if (!reached.get(part)) {
            reached.set(part);
            successors[part].stream().forEach(next -> reach(successors, next, reached));
        }
    }

    /**
     * Calls {@code out} with the depth, as seen from outside {@code node}, of every branch in
     * {@code node} that leaves it; {@code levels} labels lie between {@code node} and the outside.
     */
    private static void branchesOut(Node node, int levels, IntConsumer out) {
        if (node instanceof BrNode branch) {
            escape(branch.depth(), levels, out);
        } else if (node instanceof BrIfNode branch) {
            escape(branch.depth(), levels, out);
        } else if (node instanceof BrTableNode branch) {
            for (int g = 0; g < branch.groupCount(); g++) {
                escape(branch.groupDepth(g), levels, out);
            }
        }
        if (node instanceof NestedBlocksNode nested) {
            for (int j = 0; j < nested.parts.length; j++) {
                branchesOut(nested.parts[j], levels + nested.parts.length - j, out);
            }
            if (nested.after != null) {
                branchesOut(nested.after, levels, out);
            }
            return;
        }
        boolean label = node instanceof BlockNode || node instanceof IfNode || node instanceof WasmLoopNode;
        for (Node child : node.getChildren()) {
            branchesOut(child, label ? levels + 1 : levels, out);
        }
    }

    private static void escape(int depth, int levels, IntConsumer out) {
        if (depth >= levels) {
            out.accept(depth - levels);
        }
    }
}
