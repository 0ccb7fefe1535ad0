package org.wasmroutines.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.wasmroutines.runtime.MemoryAtomics;

/**
 * {@code i32.atomic.load*} and {@code i64.atomic.load*}: a sequentially consistent load,
 * zero-extended. Like a plain load it stays a pending child of its consumer: every instruction
 * that writes memory or may yield to another wasm thread spills it first, so it is evaluated at its
 * place in the thread's order.
 *
 * @see <a href="https://github.com/WebAssembly/threads/blob/main/proposals/threads/Overview.md#atomic-memory-accesses">threads proposal, "Atomic Memory Accesses"</a>
 */
public final class AtomicLoadNode extends ExprNode {
    private final int bytes;
    private final long offset;
    @Child private ExprNode address;

    public AtomicLoadNode(int bytes, long offset, ExprNode address) {
        this.bytes = bytes;
        this.offset = offset;
        this.address = address;
    }

    private long load(VirtualFrame frame) {
        long ea = Integer.toUnsignedLong(address.executeI32(frame)) + offset;
        return MemoryAtomics.load(instance(frame).memory0, this, ea, bytes);
    }

    @Override
    public int executeI32(VirtualFrame frame) {
        return (int) load(frame);
    }

    @Override
    public long executeI64(VirtualFrame frame) {
        return load(frame);
    }
}
