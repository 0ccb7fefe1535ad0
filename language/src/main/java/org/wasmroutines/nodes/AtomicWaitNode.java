package org.wasmroutines.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.wasmroutines.WasmContext;
import org.wasmroutines.errors.Failure;
import org.wasmroutines.errors.WasmException;
import org.wasmroutines.runtime.MemoryAtomics;
import org.wasmroutines.runtime.WasmMemory;
import org.wasmroutines.runtime.WasmThreads;

/**
 * {@code memory.atomic.wait32/64}: after the alignment and bounds checks, traps on an unshared
 * memory ("expected shared memory"); returns 1 ("not-equal") if the memory does not hold the
 * expected value; otherwise parks the wasm thread on (memory, address) behind earlier waiters until
 * a notify (0, "ok") or the timeout in nanoseconds (2, "timed-out"; negative = none). Nothing runs
 * between the comparison and the park: the scheduler has one carrier and this is not a yield
 * point. Outside any wasm thread see {@link WasmThreads} ("Waiting outside any wasm thread").
 *
 * @see <a href="https://github.com/WebAssembly/threads/blob/main/proposals/threads/Overview.md#wait-and-notify-operators">threads proposal, "Wait and Notify operators"</a>
 */
public final class AtomicWaitNode extends StmtNode {
    private final int bytes;
    private final long offset;
    @Child private ExprNode address;
    @Child private ExprNode expected;
    @Child private ExprNode timeout;
    private final int resultSlot;

    public AtomicWaitNode(int bytes, long offset, ExprNode address, ExprNode expected, ExprNode timeout, int resultSlot) {
        this.bytes = bytes;
        this.offset = offset;
        this.address = address;
        this.expected = expected;
        this.timeout = timeout;
        this.resultSlot = resultSlot;
    }

    @Override
    public int execute(VirtualFrame frame) {
        long ea = Integer.toUnsignedLong(address.executeI32(frame)) + offset;
        long value = bytes == 4 ? Integer.toUnsignedLong(expected.executeI32(frame)) : expected.executeI64(frame);
        long nanos = timeout.executeI64(frame);
        WasmMemory memory = instance(frame).memory0;
        long current = MemoryAtomics.load(memory, this, ea, bytes);
        if (!memory.shared()) {
            throw WasmException.trap(Failure.EXPECTED_SHARED_MEMORY, this);
        }
        int result;
        if (current != value) {
            result = WasmThreads.NOT_EQUAL;
        } else {
            result = WasmContext.get(this).threads().await(memory, ea, bytes, value, nanos, getRootNode().getName(), this);
        }
        frame.setIntStatic(resultSlot, result);
        return NEXT;
    }
}
