package org.wasmroutines.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;

/**
 * {@code memory.copy d s n} (overlapping ranges allowed, as memmove).
 *
 * @see <a href="https://webassembly.github.io/spec/core/exec/instructions.html#xref-syntax-instructions-syntax-instr-memory-mathsf-memory-copy">memory.copy</a>
 */
public final class MemoryCopyNode extends StmtNode {
    @Child private ExprNode destination;
    @Child private ExprNode source;
    @Child private ExprNode length;

    public MemoryCopyNode(ExprNode destination, ExprNode source, ExprNode length) {
        this.destination = destination;
        this.source = source;
        this.length = length;
    }

    @Override
    public int execute(VirtualFrame frame) {
        int d = destination.executeI32(frame);
        int s = source.executeI32(frame);
        int n = length.executeI32(frame);
        instance(frame).memory0.copy(this, Integer.toUnsignedLong(d), Integer.toUnsignedLong(s), Integer.toUnsignedLong(n));
        return NEXT;
    }
}
