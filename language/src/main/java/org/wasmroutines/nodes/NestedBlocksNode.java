package org.wasmroutines.nodes;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import java.util.Arrays;

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
    @Children private final SequenceNode[] parts;

    NestedBlocksNode(SequenceNode[] parts) {
        this.parts = parts;
    }

    /** The parts of a chain that {@code block} extends by one level with {@code rest} after its end. */
    SequenceNode[] extendedBy(SequenceNode rest) {
        SequenceNode[] extended = Arrays.copyOf(parts, parts.length + 1);
        extended[parts.length] = rest;
        return extended;
    }

    @Override
    public int execute(VirtualFrame frame) {
        if (CompilerDirectives.inInterpreter()) {
            return jump(frame);
        }
        return unrolled(frame);
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
     * Compiled code sees the same levels as a tree of blocks: each part's branch result is a
     * constant at its site, so the level tests fold away.
     */
    @ExplodeLoop
    private int unrolled(VirtualFrame frame) {
        int target = parts[0].execute(frame);
        for (int i = 1; i < parts.length; i++) {
            target = BlockNode.exitDepth(target);
            if (target == NEXT) {
                target = parts[i].execute(frame);
            }
        }
        return BlockNode.exitDepth(target);
    }
}
