package org.wasmroutines.sched;

/**
 * Scheduler statistics at one moment.
 *
 * @param spawned threads created since the scheduler was made
 * @param switches times a thread was resumed on the carrier
 * @param live threads that have not ended
 * @param runnable threads waiting for their turn
 * @param parked threads parked on an address now
 * @param pendingHostFutures host futures awaited and not yet delivered
 */
public record SchedulerCounters(long spawned, long switches, int live, int runnable, int parked, int pendingHostFutures) {
}
