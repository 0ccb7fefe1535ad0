package org.wasmroutines.sched;

/**
 * A stackful, one-shot coroutine: the body runs on the caller's (carrier's) stack until it
 * suspends through its {@link FiberBackend}, and continues from that point at the next
 * {@link #resume()}. The scheduler is the only user; wasm code never sees a fiber.
 */
public interface Fiber {
    /**
     * Runs the body until it suspends or ends. Must be called on the carrier that started the
     * fiber: a started fiber never migrates (its compiled frames may cache the carrier).
     *
     * @return {@code true} when the body has ended (normally or by an exception it let escape)
     */
    boolean resume();

    /** Whether the body has ended; a finished fiber cannot be resumed. */
    boolean isDone();
}
