package org.wasmroutines.sched;

/**
 * The machinery that makes {@link Fiber}s: the JDK's internal continuations today
 * ({@link ContinuationBackend}), possibly virtual threads or a future Truffle API later. Keeping
 * it behind this interface means nothing else in the engine knows which one is in use.
 */
public interface FiberBackend {
    /** A new, not yet started fiber that will run {@code body} at its first resume. */
    Fiber create(Runnable body);

    /**
     * Suspends the fiber running on the current carrier; returns when the scheduler resumes it.
     * Called only from {@link Scheduler#suspend}, the engine's single yield site.
     *
     * @throws FiberPinnedException if the fiber's stack cannot be unmounted from the carrier
     */
    void suspendCurrent();

    /** A short name for diagnostics ("jdk-continuation"). */
    String name();
}
