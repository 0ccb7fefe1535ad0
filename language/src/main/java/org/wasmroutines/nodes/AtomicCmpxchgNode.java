package org.wasmroutines.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.wasmroutines.runtime.MemoryAtomics;
import org.wasmroutines.syntax.ValType;

/**
 * {@code *.atomic.rmw*.cmpxchg}: stores the replacement if the memory holds the expected value
 * (wrapped to the access size) and writes the old value, zero-extended, into its result slot.
 *
 * @see <a href="https://github.com/WebAssembly/threads/blob/main/proposals/threads/Overview.md#compare-exchange">threads proposal, "Compare Exchange"</a>
 */
public final class AtomicCmpxchgNode extends StmtNode {
    private final int bytes;
    private final byte type;
    private final long offset;
    @Child private ExprNode address;
    @Child private ExprNode expected;
    @Child private ExprNode replacement;
    private final int resultSlot;

    public AtomicCmpxchgNode(int bytes, byte type, long offset, ExprNode address, ExprNode expected, ExprNode replacement, int resultSlot) {
        this.bytes = bytes;
        this.type = type;
        this.offset = offset;
        this.address = address;
        this.expected = expected;
        this.replacement = replacement;
        this.resultSlot = resultSlot;
    }

    @Override
    public int execute(VirtualFrame frame) {
        long ea = Integer.toUnsignedLong(address.executeI32(frame)) + offset;
        if (type == ValType.I32) {
            int e = expected.executeI32(frame);
            int r = replacement.executeI32(frame);
            frame.setIntStatic(resultSlot, (int) MemoryAtomics.compareExchange(instance(frame).memory0, this, ea, bytes, e, r));
        } else {
            long e = expected.executeI64(frame);
            long r = replacement.executeI64(frame);
            frame.setLongStatic(resultSlot, MemoryAtomics.compareExchange(instance(frame).memory0, this, ea, bytes, e, r));
        }
        return NEXT;
    }
}
