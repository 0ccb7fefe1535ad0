package org.wasmroutines.sched;

import java.util.PriorityQueue;

/**
 * Deadlines of sleeping threads and timed parks, earliest first; equal deadlines fire in the
 * order they were set, so the order never depends on anything but the program. A thread's live
 * timer is {@link WasmThread#timer}: cancelling just clears that field, and the entry left in
 * the heap is skipped when it surfaces (and swept when stale entries outnumber live ones).
 */
final class TimerQueue {
    record Timer(long deadline, long sequence, WasmThread thread) {
        boolean isLive() {
            return thread.timer == this;
        }
    }

    private PriorityQueue<Timer> heap = new PriorityQueue<>(TimerQueue::compare);
    private long nextSequence;
    private int live;

    private static int compare(Timer a, Timer b) {
        int byDeadline = Long.compare(a.deadline, b.deadline);
        return byDeadline != 0 ? byDeadline : Long.compare(a.sequence, b.sequence);
    }

    boolean isEmpty() {
        return live == 0;
    }

    void schedule(WasmThread thread, long deadline) {
        assert thread.timer == null;
        Timer timer = new Timer(deadline, nextSequence++, thread);
        thread.timer = timer;
        heap.add(timer);
        live++;
    }

    void cancel(WasmThread thread) {
        if (thread.timer != null) {
            thread.timer = null;
            live--;
            if (heap.size() > 64 && heap.size() > 2 * live) {
                sweep();
            }
        }
    }

    /** The earliest live deadline; only when not {@link #isEmpty()}. */
    long nextDeadline() {
        return firstLive().deadline;
    }

    /** Removes and returns the thread of the earliest live timer if it is due at {@code now}, else null. */
    WasmThread pollDue(long now) {
        if (live == 0) {
            return null;
        }
        Timer first = firstLive();
        if (first.deadline > now) {
            return null;
        }
        heap.poll();
        first.thread.timer = null;
        live--;
        return first.thread;
    }

    private Timer firstLive() {
        Timer first = heap.peek();
        while (!first.isLive()) {
            heap.poll();
            first = heap.peek();
        }
        return first;
    }

    private void sweep() {
        PriorityQueue<Timer> kept = new PriorityQueue<>(Math.max(16, live * 2), TimerQueue::compare);
        for (Timer timer : heap) {
            if (timer.isLive()) {
                kept.add(timer);
            }
        }
        heap = kept;
    }
}
