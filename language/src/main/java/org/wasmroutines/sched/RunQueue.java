package org.wasmroutines.sched;

/**
 * The runnable threads, in a growable ring buffer. {@link #take(int)} removes any position in
 * O(1) by moving the head into the gap: the FIFO mode always takes position 0, so its order is
 * exact; the deterministic mode takes a seeded position, and the reshuffle is as deterministic as
 * the seed.
 */
final class RunQueue {
    private WasmThread[] items = new WasmThread[64];
    private int head;
    private int size;

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    void addLast(WasmThread thread) {
        if (size == items.length) {
            grow();
        }
        items[(head + size) & (items.length - 1)] = thread;
        size++;
    }

    /** Removes and returns the thread at {@code position} (0 = the oldest). */
    WasmThread take(int position) {
        assert position >= 0 && position < size;
        int mask = items.length - 1;
        int slot = (head + position) & mask;
        WasmThread taken = items[slot];
        items[slot] = items[head];
        items[head] = null;
        head = (head + 1) & mask;
        size--;
        return taken;
    }

    private void grow() {
        WasmThread[] larger = new WasmThread[items.length * 2];
        for (int i = 0; i < size; i++) {
            larger[i] = items[(head + i) & (items.length - 1)];
        }
        items = larger;
        head = 0;
    }
}
