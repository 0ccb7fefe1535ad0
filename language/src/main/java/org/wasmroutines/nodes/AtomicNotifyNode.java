package org.wasmroutines.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.wasmroutines.WasmContext;
import org.wasmroutines.runtime.MemoryAtomics;
import org.wasmroutines.runtime.WasmMemory;

/**
 * {@code memory.atomic.notify}: wakes up to {@code count} (unsigned) threads waiting on the
 * address, oldest first, and writes how many into its result slot. The address must be aligned
 * and in bounds even when nobody is woken; on an unshared memory nobody can wait, so it returns 0.
 *
 * @see <a href="https://github.com/WebAssembly/threads/blob/main/proposals/threads/Overview.md#wait-and-notify-operators">threads proposal, "Wait and Notify operators"</a>
 */
public final class AtomicNotifyNode extends StmtNode {
    private final long offset;
    @Child private ExprNode address;
    @Child private ExprNode count;
    private final int resultSlot;

    public AtomicNotifyNode(long offset, ExprNode address, ExprNode count, int resultSlot) {
        this.offset = offset;
        this.address = address;
        this.count = count;
        this.resultSlot = resultSlot;
    }

    @Override
    public int execute(VirtualFrame frame) {
        long ea = Integer.toUnsignedLong(address.executeI32(frame)) + offset;
        long n = Integer.toUnsignedLong(count.executeI32(frame));
        WasmMemory memory = instance(frame).memory0;
        MemoryAtomics.load(memory, this, ea, 4); // the alignment and bounds checks of a 4-byte access
        int woken = memory.shared() ? WasmContext.get(this).threads().notify(memory, ea, n) : 0;
        frame.setIntStatic(resultSlot, woken);
        return NEXT;
    }
}
