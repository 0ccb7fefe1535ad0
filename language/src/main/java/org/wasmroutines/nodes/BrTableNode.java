package org.wasmroutines.nodes;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import java.util.stream.IntStream;

/**
 * {@code br_table l* l_default}: an out-of-range index (unsigned) takes the default, stored as
 * the last entry. Labels differ in depth and result slots but share the arity.
 *
 * @see <a href="https://webassembly.github.io/spec/core/exec/instructions.html#xref-syntax-instructions-syntax-instr-control-mathsf-br-table-l-ast-l-n">br_table</a>
 */
public final class BrTableNode extends BranchNode {
    /** Tables up to this size are unrolled into compares, so each target's depth stays a constant. */
    static final int UNROLL_LIMIT = 16;
    /**
     * Tables up to this many entries select a switch's case by comparing the index with each entry
     * ({@link #selects}); each compare is a node to partially evaluate, so larger tables look their
     * entry's group up instead.
     */
    static final int COMPARE_LIMIT = 64;

    @Child private ExprNode index;
    @CompilationFinal(dimensions = 1) private final int[] depths;
    @CompilationFinal(dimensions = 1) private final int[] toSlots;
    private final int fromSlot;
    private final int count;
    /**
     * The distinct depths of the table in order of first appearance (its groups), each group's
     * result slot, and the group of every entry: a switch's many cases often share one target.
     */
    @CompilationFinal(dimensions = 1) private final int[] groupDepths;
    @CompilationFinal(dimensions = 1) private final int[] groupToSlots;
    @CompilationFinal(dimensions = 1) private final int[] entryGroups;
    /**
     * Each group's entries, the default (last) entry left out: the indices that select the group;
     * null for a table of more than {@link #COMPARE_LIMIT} entries.
     */
    @CompilationFinal(dimensions = 2) private final int[][] groupIndices;

    public BrTableNode(ExprNode index, int[] depths, int[] toSlots, int fromSlot, int count) {
        this.index = index;
        this.depths = depths;
        this.toSlots = toSlots;
        this.fromSlot = fromSlot;
        this.count = count;
        this.groupDepths = IntStream.of(depths).distinct().toArray();
        this.groupToSlots = new int[groupDepths.length];
        this.entryGroups = new int[depths.length];
        // Depths are below the number of enclosing labels, so a table by depth finds each group.
        int[] groupOfDepth = new int[IntStream.of(depths).max().orElse(0) + 1];
        for (int g = 0; g < groupDepths.length; g++) {
            groupOfDepth[groupDepths[g]] = g;
        }
        for (int e = 0; e < depths.length; e++) {
            entryGroups[e] = groupOfDepth[depths[e]];
            groupToSlots[entryGroups[e]] = toSlots[e];
        }
        this.groupIndices = depths.length <= COMPARE_LIMIT ? groupIndices(entryGroups, groupDepths.length) : null;
    }

    /** The indices of each group's entries but the default (last) one, in one pass over the entries. */
    private static int[][] groupIndices(int[] entryGroups, int groupCount) {
        int last = entryGroups.length - 1;
        int[] sizes = new int[groupCount];
        for (int e = 0; e < last; e++) {
            sizes[entryGroups[e]]++;
        }
        int[][] indices = new int[groupCount][];
        for (int g = 0; g < groupCount; g++) {
            indices[g] = new int[sizes[g]];
            sizes[g] = 0;
        }
        for (int e = 0; e < last; e++) {
            int g = entryGroups[e];
            indices[g][sizes[g]++] = e;
        }
        return indices;
    }

    int groupCount() {
        return groupDepths.length;
    }

    int groupDepth(int group) {
        return groupDepths[group];
    }

    /** Evaluates the index operand; moves no values. */
    int index(VirtualFrame frame) {
        return index.executeI32(frame);
    }

    /** The group of the default entry, which every index that selects no other group selects. */
    int defaultGroup() {
        return entryGroups[depths.length - 1];
    }

    /**
     * Whether {@code index} selects {@code group}, which is not the {@link #defaultGroup}: a compare
     * with each of the group's indices, so that Graal turns a chain of these tests over the groups
     * into one jump table on the index, whose range check also finds the default. (Clamping the
     * index to the default entry first cost a compare and a conditional move before that jump.) A
     * table of more than {@link #COMPARE_LIMIT} entries clamps the index and looks its group up.
     */
    @ExplodeLoop
    boolean selects(int index, int group) {
        if (groupIndices == null) {
            return entryGroups[entry(index)] == group;
        }
        for (int e : groupIndices[group]) {
            if (index == e) {
                return true;
            }
        }
        return false;
    }

    /** The entry {@code index} selects: the default (last) one when out of range (unsigned). */
    private int entry(int index) {
        int last = depths.length - 1;
        return Integer.compareUnsigned(index, last) < 0 ? index : last;
    }

    /** Moves the branch values to the result slots of {@code group}'s label, a constant in compiled code. */
    void moveValuesOf(VirtualFrame frame, int group) {
        moveValues(frame, fromSlot, groupToSlots[group], count);
    }

    @Override
    public int execute(VirtualFrame frame) {
        int i = index.executeI32(frame);
        if (depths.length <= UNROLL_LIMIT && CompilerDirectives.inCompiledCode()) {
            return branchUnrolled(frame, i);
        }
        // The interpreter indexes the tables: a search through the entries costs it a compare each.
        int target = entry(i);
        moveSlots(frame, toSlots[target]);
        return depths[target];
    }

    /** Compares the index with each entry but the default, like {@link #selects}. */
    @ExplodeLoop
    private int branchUnrolled(VirtualFrame frame, int index) {
        int last = depths.length - 1;
        for (int t = 0; t < last; t++) {
            if (index == t) {
                moveValues(frame, fromSlot, toSlots[t], count);
                return depths[t];
            }
        }
        moveValues(frame, fromSlot, toSlots[last], count);
        return depths[last];
    }

    /** Copy to a target slot only known at run time. */
    @ExplodeLoop
    private void moveSlots(VirtualFrame frame, int toSlot) {
        if (fromSlot != toSlot) {
            for (int i = 0; i < count; i++) {
                frame.copyStatic(fromSlot + i, toSlot + i);
            }
        }
    }
}
