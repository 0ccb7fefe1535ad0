package org.wasmroutines.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.wasmroutines.runtime.MemoryAtomics;
import org.wasmroutines.syntax.ValType;

/**
 * {@code i32.atomic.store*} and {@code i64.atomic.store*}: a sequentially consistent store of the
 * low {@code bytes} bytes of the value.
 *
 * @see <a href="https://github.com/WebAssembly/threads/blob/main/proposals/threads/Overview.md#atomic-memory-accesses">threads proposal, "Atomic Memory Accesses"</a>
 */
public final class AtomicStoreNode extends StmtNode {
    private final int bytes;
    private final byte type;
    private final long offset;
    @Child private ExprNode address;
    @Child private ExprNode value;

    public AtomicStoreNode(int bytes, byte type, long offset, ExprNode address, ExprNode value) {
        this.bytes = bytes;
        this.type = type;
        this.offset = offset;
        this.address = address;
        this.value = value;
    }

    @Override
    public int execute(VirtualFrame frame) {
        long ea = Integer.toUnsignedLong(address.executeI32(frame)) + offset;
        long v = type == ValType.I32 ? value.executeI32(frame) : value.executeI64(frame);
        MemoryAtomics.store(instance(frame).memory0, this, ea, bytes, v);
        return NEXT;
    }
}
