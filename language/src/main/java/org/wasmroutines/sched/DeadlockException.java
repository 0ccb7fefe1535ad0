package org.wasmroutines.sched;

import java.util.List;

/**
 * No wasm thread can run and nothing (a timer, a host future) can ever wake one: the analogue of
 * Go's "all goroutines are asleep - deadlock!". The message lists every thread, what it waits on
 * and its wasm stack; {@link #threads()} gives the same as data.
 */
public final class DeadlockException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public static final String HEADLINE = "all wasm threads are blocked (deadlock)";

    private final transient List<ThreadInfo> threads;

    DeadlockException(List<ThreadInfo> threads) {
        super(render(threads));
        this.threads = threads;
    }

    public List<ThreadInfo> threads() {
        return threads;
    }

    private static String render(List<ThreadInfo> threads) {
        StringBuilder text = new StringBuilder(HEADLINE).append('\n');
        for (ThreadInfo info : threads) {
            text.append('\n').append(info).append('\n');
            for (String frame : info.stack()) {
                text.append("    at ").append(frame).append('\n');
            }
        }
        return text.toString();
    }
}
