package org.wasmroutines.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;

/**
 * {@code memory.fill d val n}; the memory checks the whole range before writing.
 *
 * @see <a href="https://webassembly.github.io/spec/core/exec/instructions.html#xref-syntax-instructions-syntax-instr-memory-mathsf-memory-fill">memory.fill</a>
 */
public final class MemoryFillNode extends StmtNode {
    @Child private ExprNode destination;
    @Child private ExprNode value;
    @Child private ExprNode length;

    public MemoryFillNode(ExprNode destination, ExprNode value, ExprNode length) {
        this.destination = destination;
        this.value = value;
        this.length = length;
    }

    @Override
    public int execute(VirtualFrame frame) {
        int d = destination.executeI32(frame);
        int v = value.executeI32(frame);
        int n = length.executeI32(frame);
        instance(frame).memory0.fill(this, Integer.toUnsignedLong(d), (byte) v, Integer.toUnsignedLong(n));
        return NEXT;
    }
}
