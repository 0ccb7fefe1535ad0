package org.wasmroutines.nodes;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.wasmroutines.WasmContext;
import org.wasmroutines.WasmLanguage;
import org.wasmroutines.sched.WasmThread;

/**
 * The one place where a running wasm thread may be interrupted: at every function entry and every
 * loop back-edge, so that a spinning thread cannot starve the others. In a wasm thread it spends
 * the scheduler's preemption budget ({@link WasmThread#pollPreemption()}: a decrement and a
 * compare; the thread yields when its turn's budget is spent). Truffle's own safepoint
 * (cancellation, host interrupts) needs no poll here: every {@code RootNode} and {@code LoopNode}
 * polls it already, and a second poll costs a thread-local read per call and per iteration.
 *
 * <p>The current wasm thread is looked up once per call, at the function's entry, and kept in a
 * frame slot for the back-edges (the frame is virtual in compiled code, so that read is a
 * register); outside any wasm thread the slot holds null and the check is one null test. Until
 * some context creates a scheduler the lookup is skipped: in the interpreter it is a thread-local
 * read of the context on every call.
 */
public final class SchedulingPointNode extends WasmNode {
    private final int threadSlot;
    /** At a function's entry: the language's {@link WasmLanguage#noScheduler()}; null at a back-edge. */
    private final Assumption noScheduler;

    private SchedulingPointNode(int threadSlot, Assumption noScheduler) {
        this.threadSlot = threadSlot;
        this.noScheduler = noScheduler;
    }

    /**
     * At a function's entry: finds the current wasm thread and stores it in {@code threadSlot}, or
     * nowhere if that is -1 (a function without loops has no back-edge to read it).
     */
    public static SchedulingPointNode atFunctionEntry(int threadSlot, WasmLanguage language) {
        return new SchedulingPointNode(threadSlot, language.noScheduler());
    }

    /** At a loop's back-edge: uses the wasm thread the function's entry stored. */
    public static SchedulingPointNode atLoopBackEdge(int threadSlot) {
        return new SchedulingPointNode(threadSlot, null);
    }

    public void execute(VirtualFrame frame) {
        WasmThread thread;
        if (noScheduler != null) {
            thread = noScheduler.isValid() ? null : WasmContext.get(this).threads().current();
            if (threadSlot >= 0) {
                frame.setObjectStatic(threadSlot, thread);
            }
        } else {
            thread = (WasmThread) frame.getObjectStatic(threadSlot);
        }
        if (thread != null) {
            thread.pollPreemption();
        }
    }
}
