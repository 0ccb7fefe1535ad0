package org.wasmroutines.sched;

/**
 * The threads parked on one (key, address) spot, first come first woken, linked through fields
 * of {@link WasmThread} so that a timed-out waiter leaves the middle of the queue in O(1).
 */
final class WaitQueue {
    final ParkingLot.Spot spot;
    private WasmThread head;
    private WasmThread tail;
    private int size;

    WaitQueue(ParkingLot.Spot spot) {
        this.spot = spot;
    }

    boolean isEmpty() {
        return size == 0;
    }

    void addLast(WasmThread thread) {
        thread.waitQueue = this;
        thread.prevWaiter = tail;
        thread.nextWaiter = null;
        if (tail == null) {
            head = thread;
        } else {
            tail.nextWaiter = thread;
        }
        tail = thread;
        size++;
    }

    WasmThread pollFirst() {
        WasmThread first = head;
        if (first != null) {
            remove(first);
        }
        return first;
    }

    void remove(WasmThread thread) {
        assert thread.waitQueue == this;
        if (thread.prevWaiter == null) {
            head = thread.nextWaiter;
        } else {
            thread.prevWaiter.nextWaiter = thread.nextWaiter;
        }
        if (thread.nextWaiter == null) {
            tail = thread.prevWaiter;
        } else {
            thread.nextWaiter.prevWaiter = thread.prevWaiter;
        }
        thread.waitQueue = null;
        thread.prevWaiter = null;
        thread.nextWaiter = null;
        size--;
    }
}
