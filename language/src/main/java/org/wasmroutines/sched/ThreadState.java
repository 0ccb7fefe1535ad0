package org.wasmroutines.sched;

/** Where a wasm thread is in its life, as listed by {@link Scheduler#threads()}. */
public enum ThreadState {
    /** Ready to run (new, yielded, preempted or woken); in the run queue. */
    RUNNABLE,
    /** Running on the carrier right now. */
    RUNNING,
    /** In {@code memory.atomic.wait}: parked on a (key, address) spot, maybe with a timeout. */
    PARKED,
    /** Sleeping until a point on the scheduler's clock. */
    SLEEPING,
    /** Waiting for a host future to complete. */
    AWAITING_HOST,
    /** Waiting for another wasm thread to end. */
    JOINING,
    /** Ended normally. */
    FINISHED,
    /** Ended by an exception (a trap, or an engine error). */
    FAILED,
    /** Dropped without running again, because its scheduler shut down (its context closed). */
    CANCELLED;

    /** Whether the thread waits for something other than its turn. */
    public boolean isBlocked() {
        return this == PARKED || this == SLEEPING || this == AWAITING_HOST || this == JOINING;
    }

    public boolean isEnded() {
        return this == FINISHED || this == FAILED || this == CANCELLED;
    }
}
