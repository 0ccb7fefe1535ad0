package org.wasmroutines.script;

import java.util.HashMap;
import java.util.Map;

import org.wasmroutines.runtime.WasmThreads;
import org.wasmroutines.sched.DeadlockException;
import org.wasmroutines.sched.Scheduler;
import org.wasmroutines.sched.WasmThread;

/**
 * The script's {@code (thread $T ...)} bodies as real wasm threads of the context's scheduler:
 * {@code (thread ...)} spawns one (it starts when the scheduler next runs), {@code (wait $T)} joins
 * it. Outside any thread the script runs on the host, which drives the scheduler while it waits;
 * inside a thread, a wait blocks only that thread. So thread bodies interleave at their waits,
 * their preemption points and, in deterministic mode, wherever the seed says.
 */
public final class GreenScriptThreads implements ScriptThreads {
    private final WasmThreads threads;
    private final Map<String, WasmThread> byName = new HashMap<>();

    public GreenScriptThreads(WasmThreads threads) {
        this.threads = threads;
    }

    @Override
    public void spawn(String id, Runnable body) {
        WasmThread thread = threads.spawn("script thread " + id, () -> {
            body.run();
            return null;
        });
        byName.put(id, thread);
    }

    @Override
    public void await(String id) {
        WasmThread thread = byName.get(id);
        if (thread == null) {
            throw new IllegalStateException("no thread " + id + " was started");
        }
        try {
            threads.scheduler().join(thread);
        } catch (DeadlockException e) {
            throw threads.deadlock(e);
        } finally {
            threads.writeTrace();
        }
    }

    @Override
    public void awaitAll() {
        if (byName.isEmpty()) {
            return;
        }
        Scheduler scheduler = threads.scheduler();
        if (scheduler.current() != null) {
            return; // a thread's own script: its threads are joined by whoever waits for it
        }
        try {
            scheduler.runUntilAllDone();
        } catch (DeadlockException e) {
            throw threads.deadlock(e);
        } finally {
            threads.writeTrace();
        }
    }
}
