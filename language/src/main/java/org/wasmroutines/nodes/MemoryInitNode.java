package org.wasmroutines.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;

/**
 * {@code memory.init x d s n}: copies from a passive data segment (empty once dropped, so that
 * any non-empty range then traps).
 *
 * @see <a href="https://webassembly.github.io/spec/core/exec/instructions.html#xref-syntax-instructions-syntax-instr-memory-mathsf-memory-init-x">memory.init</a>
 */
public final class MemoryInitNode extends StmtNode {
    private final int segment;
    @Child private ExprNode destination;
    @Child private ExprNode source;
    @Child private ExprNode length;

    public MemoryInitNode(int segment, ExprNode destination, ExprNode source, ExprNode length) {
        this.segment = segment;
        this.destination = destination;
        this.source = source;
        this.length = length;
    }

    @Override
    public int execute(VirtualFrame frame) {
        int d = destination.executeI32(frame);
        int s = source.executeI32(frame);
        int n = length.executeI32(frame);
        var instance = instance(frame);
        instance.memory0.init(this, Integer.toUnsignedLong(d), instance.dataSegment(segment), Integer.toUnsignedLong(s), Integer.toUnsignedLong(n));
        return NEXT;
    }
}
