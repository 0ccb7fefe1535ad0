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
    }

    int groupCount() {
        return groupDepths.length;
    }

    int groupDepth(int group) {
        return groupDepths[group];
    }

    /** Evaluates the index and returns the group of the entry it selects; moves no values. */
    int selectGroup(VirtualFrame frame) {
        return entryGroups[selectEntry(frame)];
    }

    /** Evaluates the index: the entry it selects, the default (last) one when out of range (unsigned). */
    private int selectEntry(VirtualFrame frame) {
        int last = depths.length - 1;
        int i = index.executeI32(frame);
        return Integer.compareUnsigned(i, last) < 0 ? i : last;
    }

    /** Moves the branch values to the result slots of {@code group}'s label, a constant in compiled code. */
    void moveValuesOf(VirtualFrame frame, int group) {
        moveValues(frame, fromSlot, groupToSlots[group], count);
    }

    @Override
    public int execute(VirtualFrame frame) {
        int target = selectEntry(frame);
        if (depths.length <= UNROLL_LIMIT && CompilerDirectives.inCompiledCode()) {
            return branchUnrolled(frame, target);
        }
        // The interpreter indexes the tables: a search through the entries costs it a compare each.
        moveSlots(frame, toSlots[target]);
        return depths[target];
    }

    @ExplodeLoop
    private int branchUnrolled(VirtualFrame frame, int target) {
        for (int t = 0; t < depths.length; t++) {
            if (t == target) {
                moveValues(frame, fromSlot, toSlots[t], count);
                return depths[t];
            }
        }
        return depths[depths.length - 1];
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
