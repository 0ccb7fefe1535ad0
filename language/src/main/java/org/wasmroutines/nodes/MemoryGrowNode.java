package org.wasmroutines.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;

/**
 * {@code memory.grow}: a statement (it changes memory) that writes the old size, or -1, into the
 * stack slot of its result.
 *
 * @see <a href="https://webassembly.github.io/spec/core/exec/instructions.html#xref-syntax-instructions-syntax-instr-memory-mathsf-memory-grow">memory.grow</a>
 */
public final class MemoryGrowNode extends StmtNode {
    @Child private ExprNode delta;
    private final int resultSlot;

    public MemoryGrowNode(ExprNode delta, int resultSlot) {
        this.delta = delta;
        this.resultSlot = resultSlot;
    }

    @Override
    public int execute(VirtualFrame frame) {
        int pages = delta.executeI32(frame);
        frame.setIntStatic(resultSlot, instance(frame).memory0.grow(pages));
        return NEXT;
    }
}
