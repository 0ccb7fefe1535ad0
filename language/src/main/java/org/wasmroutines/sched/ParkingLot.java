package org.wasmroutines.sched;

import java.util.HashMap;
import java.util.function.Consumer;

/**
 * Wait queues by (key, address): the key is the waited-on object (a shared memory), compared by
 * identity; the address is a byte offset in it. The queue used last is remembered, because wait
 * and notify come in pairs on one address, and an emptied queue stays in the map until empty ones
 * outnumber the rest, so a ping-pong does not allocate and drop a queue per hand-off; the map
 * thus stays proportional to the waiters, not to the addresses a program ever used. Nothing
 * iterates the map except to drop empty queues, so hash order never reaches a scheduling decision.
 *
 * @see <a href="https://github.com/WebAssembly/threads/blob/main/proposals/threads/Overview.md#wait-and-notify-operators">threads proposal, "Wait and Notify operators"</a> (one FIFO wait queue per address)
 */
final class ParkingLot {
    /** A waiting spot; identity of the key, so two equal-looking memories never share waiters. */
    record Spot(Object key, long address) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Spot spot && spot.key == key && spot.address == address;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(key) * 31 + Long.hashCode(address);
        }
    }

    private final HashMap<Spot, WaitQueue> queues = new HashMap<>();
    /** The queue of the last park or unpark (maybe empty); always also in {@link #queues}. */
    private WaitQueue recent;
    private int emptyQueues;
    private int parked;

    int parkedCount() {
        return parked;
    }

    void park(WasmThread thread, Object key, long address) {
        WaitQueue queue = find(key, address);
        if (queue == null) {
            queue = new WaitQueue(new Spot(key, address));
            queues.put(queue.spot, queue);
            recent = queue;
        } else if (queue.isEmpty()) {
            emptyQueues--;
        }
        thread.parkKey = key;
        thread.parkAddress = address;
        queue.addLast(thread);
        parked++;
    }

    /** Takes up to {@code count} waiters in FIFO order and hands each to {@code wake}; returns how many. */
    int unpark(Object key, long address, long count, Consumer<WasmThread> wake) {
        if (count <= 0) {
            return 0;
        }
        WaitQueue queue = find(key, address);
        if (queue == null || queue.isEmpty()) {
            return 0;
        }
        int n = 0;
        while (n < count && !queue.isEmpty()) {
            WasmThread thread = queue.pollFirst();
            leave(thread);
            wake.accept(thread);
            n++;
        }
        noteIfEmptied(queue);
        return n;
    }

    /** Takes a waiter out of its queue, wherever it is (its timeout passed). */
    void remove(WasmThread thread) {
        WaitQueue queue = thread.waitQueue;
        queue.remove(thread);
        leave(thread);
        noteIfEmptied(queue);
    }

    private WaitQueue find(Object key, long address) {
        WaitQueue last = recent;
        if (last != null && last.spot.key() == key && last.spot.address() == address) {
            return last;
        }
        WaitQueue queue = queues.get(new Spot(key, address));
        if (queue != null) {
            recent = queue;
        }
        return queue;
    }

    private void leave(WasmThread thread) {
        thread.parkKey = null;
        parked--;
    }

    private void noteIfEmptied(WaitQueue queue) {
        if (queue.isEmpty() && ++emptyQueues > 64 && emptyQueues > queues.size() / 2) {
            queues.values().removeIf(WaitQueue::isEmpty);
            emptyQueues = 0;
            recent = null;
        }
    }
}
