package org.wasmroutines.sched;

import java.security.SecureRandom;
import java.util.function.Consumer;

/**
 * The default scheduler: run queue in FIFO order, a fixed preemption budget, the JVM's monotonic
 * clock, host completions let in as soon as they arrive.
 */
final class RealTimeMode implements SchedulingMode {
    private final int budget;
    private final SecureRandom random = new SecureRandom();

    RealTimeMode(int budget) {
        this.budget = budget;
    }

    @Override
    public int pickNext(int runnable) {
        return 0;
    }

    @Override
    public int nextBudget() {
        return budget;
    }

    @Override
    public long now() {
        return System.nanoTime();
    }

    @Override
    public void admitHostCompletions(HostCompletions host, Consumer<HostCompletions.HostAwait> deliver) {
        host.deliverArrived(deliver);
    }

    @Override
    public boolean awaitWakeup(TimerQueue timers, HostCompletions host, Consumer<HostCompletions.HostAwait> deliver) {
        if (timers.isEmpty() && host.pendingCount() == 0) {
            return false;
        }
        host.waitForArrival(timers.isEmpty() ? 0 : timers.nextDeadline(), !timers.isEmpty());
        host.deliverArrived(deliver);
        return true;
    }

    @Override
    public void awaitHostCompletion(TimerQueue timers, HostCompletions host, long deadline) {
        host.waitForArrival(timers.isEmpty() ? deadline : Math.min(deadline, timers.nextDeadline()), true);
    }

    @Override
    public void deliverReady(HostCompletions host, Consumer<HostCompletions.HostAwait> deliver) {
        host.deliverArrived(deliver);
    }

    @Override
    public void randomBytes(byte[] into) {
        random.nextBytes(into);
    }
}
