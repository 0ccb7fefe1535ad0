package org.wasmroutines.sched;

import java.util.List;

/**
 * A snapshot of one wasm thread for listings and the deadlock report.
 *
 * @param waitingOn what a blocked thread waits for, in words ("address 0x10 of memory 0"), or
 *            empty when it is not blocked
 * @param stack the wasm frames, innermost first, as the engine's {@link StackDescriber} renders
 *            them (empty without one)
 */
public record ThreadInfo(int id, String name, ThreadState state, String waitingOn, List<String> stack) {
    @Override
    public String toString() {
        return "thread " + id + " \"" + name + "\" " + state + (waitingOn.isEmpty() ? "" : " on " + waitingOn);
    }
}
