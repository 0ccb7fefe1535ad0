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
    private final String why;

    DeadlockException(List<ThreadInfo> threads) {
        this(threads, null);
    }

    /** @param why what makes this a deadlock when the thread list alone does not say it, or null */
    DeadlockException(List<ThreadInfo> threads, String why) {
        super(render(threads, why));
        this.threads = threads;
        this.why = why;
    }

    /**
     * The same report for {@code threadsNow}, a fresher listing of the threads (with the stacks
     * that parked threads describe only after the deadlock was found).
     */
    public String reportFor(List<ThreadInfo> threadsNow) {
        return render(threadsNow, why);
    }

    public List<ThreadInfo> threads() {
        return threads;
    }

    private static String render(List<ThreadInfo> threads, String why) {
        StringBuilder text = new StringBuilder(HEADLINE).append('\n');
        if (why != null) {
            text.append(why).append('\n');
        }
        for (ThreadInfo info : threads) {
            text.append('\n').append(info).append('\n');
            for (String frame : info.stack()) {
                text.append("    at ").append(frame).append('\n');
            }
        }
        return text.toString();
    }
}
