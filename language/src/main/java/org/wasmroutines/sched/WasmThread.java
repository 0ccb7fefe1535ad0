package org.wasmroutines.sched;

import java.util.ArrayDeque;
import java.util.concurrent.Callable;

import com.oracle.truffle.api.CompilerDirectives;

/**
 * A wasm thread: the handle {@link Scheduler#spawn} returns, and the per-thread state the
 * scheduler keeps (everything per thread lives here, none of it in statics). Only the carrier
 * that runs the scheduler touches these fields, so none of them needs a lock or a fence.
 */
public final class WasmThread {
    private final int id;
    private final String name;
    private final Scheduler scheduler;
    private Callable<?> body;
    /** Null once {@link #drop dropped}. */
    Fiber fiber;

    ThreadState state = ThreadState.RUNNABLE;
    /** Preemption budget left in this turn; refilled by the scheduler at every resume. */
    int fuel;
    private Object result;
    private Throwable failure;
    private Object attachment;

    // Parked on an address: the FIFO queue of that spot (intrusive, so removal on timeout is O(1)).
    WaitQueue waitQueue;
    WasmThread prevWaiter;
    WasmThread nextWaiter;
    Object parkKey;
    long parkAddress;
    WakeResult wakeResult;

    /** The live timer of a sleep or timed park, or null; older queue entries are stale. */
    TimerQueue.Timer timer;
    HostCompletions.HostAwait hostAwait;
    WasmThread joinTarget;
    private ArrayDeque<WasmThread> joiners;

    WasmThread(int id, String name, Scheduler scheduler, Callable<?> body, FiberBackend backend) {
        this.id = id;
        this.name = name;
        this.scheduler = scheduler;
        this.body = body;
        this.fiber = backend.create(this::runBody);
    }

    /** Unique and positive within its scheduler, as wasi-threads requires of thread ids. */
    public int id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Scheduler scheduler() {
        return scheduler;
    }

    public ThreadState state() {
        return state;
    }

    public boolean isEnded() {
        return state.isEnded();
    }

    /** The body's return value once {@link ThreadState#FINISHED}, else null. */
    public Object result() {
        return result;
    }

    /** The exception that ended the thread once {@link ThreadState#FAILED}, else null. */
    public Throwable failure() {
        return failure;
    }

    /** Engine data carried with the thread (its instance, its wasm stack); the scheduler ignores it. */
    public Object attachment() {
        return attachment;
    }

    public void setAttachment(Object attachment) {
        this.attachment = attachment;
    }

    /**
     * The preemption check for loop back-edges and function entries: one decrement and compare;
     * when this turn's budget is spent, the thread yields to the scheduler. Call it on the thread
     * that is running (read {@link Scheduler#current()} once per call, not per iteration).
     */
    public void pollPreemption() {
        if (CompilerDirectives.injectBranchProbability(CompilerDirectives.SLOWPATH_PROBABILITY, --fuel <= 0)) {
            scheduler.preempt(this);
        }
    }

    private void runBody() {
        try {
            result = body.call();
            state = ThreadState.FINISHED;
        } catch (Throwable t) {
            // Caught here, on the fiber's own stack, so the carrier loop sees an ended fiber and
            // never an exception unwinding through Continuation.run.
            failure = t;
            state = ThreadState.FAILED;
        }
    }

    /**
     * Ends the thread where it stands, at {@link Scheduler#shutDown}: it lets go of its fiber (the
     * suspended stack), its body and everything it waited on, so that its frames can be collected
     * while the host still holds this handle.
     */
    void drop() {
        state = ThreadState.CANCELLED;
        fiber = null;
        body = null;
        attachment = null;
        hostAwait = null;
        joinTarget = null;
        joiners = null;
        waitQueue = null;
        prevWaiter = null;
        nextWaiter = null;
        parkKey = null;
        timer = null;
    }

    void addJoiner(WasmThread joiner) {
        if (joiners == null) {
            joiners = new ArrayDeque<>(2);
        }
        joiners.addLast(joiner);
    }

    void removeJoiner(WasmThread joiner) {
        joiners.remove(joiner);
    }

    /** The threads joining this one, in the order they started to wait; clears the list. */
    ArrayDeque<WasmThread> takeJoiners() {
        ArrayDeque<WasmThread> taken = joiners;
        joiners = null;
        return taken;
    }

    /** What a blocked thread waits on, in words; built only when someone asks. */
    String waitingOn() {
        return switch (state) {
            case PARKED -> "address 0x" + Long.toHexString(parkAddress) + " of " + parkKey + (timer != null ? " (with timeout)" : "");
            case SLEEPING -> "timer at " + timer.deadline() + " ns";
            case AWAITING_HOST -> "host future";
            case JOINING -> "thread " + joinTarget.id;
            default -> "";
        };
    }

    @Override
    public String toString() {
        return "wasm thread " + id + " \"" + name + "\" " + state;
    }
}
