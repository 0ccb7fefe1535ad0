package org.wasmroutines.nodes;

import com.oracle.truffle.api.TruffleSafepoint;
import com.oracle.truffle.api.frame.VirtualFrame;

/**
 * The one place where a running wasm thread may be interrupted: at every loop back-edge and every
 * function entry, so that a spinning thread cannot starve others. Today it polls Truffle's
 * safepoint (cancellation, host interrupts); the scheduler's preemption budget check goes here.
 */
public final class SchedulingPointNode extends WasmNode {
    public void execute(VirtualFrame frame) {
        TruffleSafepoint.poll(this);
    }
}
