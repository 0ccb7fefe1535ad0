package org.wasmroutines.sched;

import java.util.function.Consumer;

/**
 * The choices that differ between the two single-carrier schedulers: which runnable thread goes
 * next, how much preemption budget it gets, what time it is, and what to do when nothing is
 * runnable. {@link RealTimeMode} answers with FIFO order and the real clock;
 * {@link DeterministicMode} with one seeded PRNG and a virtual clock.
 */
interface SchedulingMode {
    /** Position in the run queue (0 = oldest) of the next thread to run; {@code runnable > 0}. */
    int pickNext(int runnable);

    /** Preemption budget for the turn that starts now. */
    int nextBudget();

    /** The scheduler's clock in nanoseconds: what {@link Scheduler#sleepUntil} deadlines refer to. */
    long now();

    /** Called before every turn: lets completed host futures in, if this mode does so eagerly. */
    void admitHostCompletions(HostCompletions host, Consumer<HostCompletions.HostAwait> deliver);

    /**
     * Nothing is runnable: wait (or jump the clock) until something may be. Returns false when no
     * timer and no host future can ever wake a thread.
     */
    boolean awaitWakeup(TimerQueue timers, HostCompletions host, Consumer<HostCompletions.HostAwait> deliver);

    /**
     * Nothing is runnable, some threads await host futures, and the host wants the carrier back by
     * {@code deadline} (a {@link System#nanoTime()} value): blocks until a completion this mode
     * would deliver next has arrived, a timer is due, or the deadline passes. Delivers nothing.
     */
    void awaitHostCompletion(TimerQueue timers, HostCompletions host, long deadline);

    /** Nothing is runnable but the caller must not block: delivers what has completed already. */
    void deliverReady(HostCompletions host, Consumer<HostCompletions.HostAwait> deliver);

    /** Random bytes for the guest ({@code random_get}): seeded in deterministic mode. */
    void randomBytes(byte[] into);
}
