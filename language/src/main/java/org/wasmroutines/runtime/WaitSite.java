package org.wasmroutines.runtime;

import java.util.List;

import org.wasmroutines.sched.WasmThread;

/**
 * The engine's data about one wasm thread that {@link WasmThreads} spawned (the thread's
 * attachment): the function it started with, where it waits now, and a pending request to
 * describe its own stack (see {@link WasmThreads#deadlock}).
 */
final class WaitSite {
    final WasmThread thread;
    final String entry;
    final boolean walkable;
    String function;
    WasmMemory memory;
    long address;
    boolean describeRequested;
    List<String> walkedStack;

    WaitSite(WasmThread thread, String entry, boolean walkable) {
        this.thread = thread;
        this.entry = entry;
        this.walkable = walkable;
    }

    void waitingIn(String waitingFunction, WasmMemory waitMemory, long waitAddress) {
        function = waitingFunction;
        memory = waitMemory;
        address = waitAddress;
        walkedStack = null;
    }
}
