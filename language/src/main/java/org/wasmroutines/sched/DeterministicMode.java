package org.wasmroutines.sched;

import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * The reproducible scheduler: every choice comes from one {@link SplittableRandom} seeded by the
 * user, and time is virtual: it stands still while threads run and jumps to the next deadline
 * when all of them wait. An awaited host future takes no virtual time: when nothing is runnable
 * the carrier waits (in real time) for the oldest pending future before it moves the clock, and
 * delivers completions in the order the awaits began. Same program, seed and inputs, same run.
 */
final class DeterministicMode implements SchedulingMode {
    private final SplittableRandom random;
    private final int budget;
    private long virtualNow;

    DeterministicMode(long seed, int budget) {
        this.random = new SplittableRandom(seed);
        this.budget = budget;
    }

    @Override
    public int pickNext(int runnable) {
        return runnable == 1 ? 0 : random.nextInt(runnable);
    }

    /** Between 1 and twice the configured budget, so preemption points move with the seed. */
    @Override
    public int nextBudget() {
        return 1 + random.nextInt(2 * budget);
    }

    @Override
    public long now() {
        return virtualNow;
    }

    @Override
    public void admitHostCompletions(HostCompletions host, Consumer<HostCompletions.HostAwait> deliver) {
        // Only at idle points (awaitWakeup / deliverReady), never in the middle of a run.
    }

    @Override
    public boolean awaitWakeup(TimerQueue timers, HostCompletions host, Consumer<HostCompletions.HostAwait> deliver) {
        if (host.pendingCount() > 0) {
            return host.deliverOldest(true, deliver);
        }
        if (!timers.isEmpty()) {
            virtualNow = Math.max(virtualNow, timers.nextDeadline());
            return true;
        }
        return false;
    }

    /** Timers do not matter here: the virtual clock moves only once no host future is pending. */
    @Override
    public void awaitHostCompletion(TimerQueue timers, HostCompletions host, long deadline) {
        host.waitForOldest(deadline);
    }

    @Override
    public void deliverReady(HostCompletions host, Consumer<HostCompletions.HostAwait> deliver) {
        while (host.deliverOldest(false, deliver)) {
            // keep delivering while the oldest has completed
        }
    }

    @Override
    public void randomBytes(byte[] into) {
        for (int i = 0; i < into.length; i += 8) {
            long bits = random.nextLong();
            for (int j = i; j < Math.min(i + 8, into.length); j++) {
                into[j] = (byte) bits;
                bits >>>= 8;
            }
        }
    }
}
