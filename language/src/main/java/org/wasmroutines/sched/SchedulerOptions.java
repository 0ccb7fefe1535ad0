package org.wasmroutines.sched;

/**
 * How a {@link Scheduler} decides: real time and FIFO order (the default), or {@code
 * deterministic} with a seed and a virtual clock; the preemption budget (checks at back-edges and
 * calls per turn; in deterministic mode the mean of a seeded draw); whether to record the schedule.
 */
public record SchedulerOptions(boolean deterministic, long seed, int preemptionBudget, boolean traceSchedule) {
    public static final int DEFAULT_PREEMPTION_BUDGET = 10_000;

    public SchedulerOptions {
        if (preemptionBudget < 1 || preemptionBudget > Integer.MAX_VALUE / 2) {
            throw new IllegalArgumentException("preemption budget must be between 1 and " + Integer.MAX_VALUE / 2 + ": " + preemptionBudget);
        }
    }

    /** One carrier, FIFO order, real clock. */
    public static SchedulerOptions realTime() {
        return new SchedulerOptions(false, 0, DEFAULT_PREEMPTION_BUDGET, false);
    }

    /** One carrier, every choice from a PRNG seeded with {@code seed}, virtual clock. */
    public static SchedulerOptions deterministic(long seed) {
        return new SchedulerOptions(true, seed, DEFAULT_PREEMPTION_BUDGET, false);
    }

    public SchedulerOptions withPreemptionBudget(int budget) {
        return new SchedulerOptions(deterministic, seed, budget, traceSchedule);
    }

    public SchedulerOptions withTrace(boolean trace) {
        return new SchedulerOptions(deterministic, seed, preemptionBudget, trace);
    }

    SchedulingMode newMode() {
        return deterministic ? new DeterministicMode(seed, preemptionBudget) : new RealTimeMode(preemptionBudget);
    }
}
