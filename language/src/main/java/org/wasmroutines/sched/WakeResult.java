package org.wasmroutines.sched;

/**
 * How a {@link Scheduler#park park} ended: the two outcomes of {@code memory.atomic.wait} that the
 * scheduler decides ("not-equal" is decided by the caller before it parks).
 *
 * @see <a href="https://github.com/WebAssembly/threads/blob/main/proposals/threads/Overview.md#wait-and-notify-operators">threads proposal, "Wait and Notify operators"</a>: memory.atomic.wait
 */
public enum WakeResult {
    /** Woken by {@link Scheduler#unpark}: wait returns 0 ("ok"). */
    WOKEN,
    /** The timeout passed first: wait returns 2 ("timed-out"). */
    TIMED_OUT
}
