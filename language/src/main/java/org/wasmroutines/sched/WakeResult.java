package org.wasmroutines.sched;

/**
 * How a {@link Scheduler#park park} ended: the two outcomes of {@code memory.atomic.wait} that the
 * scheduler decides ("not-equal" is decided by the caller before it parks).
 *
 * @see <a href="https://webassembly.github.io/threads/core/exec/instructions.html#xref-syntax-instructions-syntax-instr-atomic-memory-mathsf-memory-atomic-wait-n">memory.atomic.wait</a>
 */
public enum WakeResult {
    /** Woken by {@link Scheduler#unpark}: wait returns 0 ("ok"). */
    WOKEN,
    /** The timeout passed first: wait returns 2 ("timed-out"). */
    TIMED_OUT
}
