package org.wasmroutines.sched;

/**
 * Thrown at the yield site when the fiber's stack cannot be unmounted from its carrier: the JDK
 * reports the reason (a native frame, a critical section, a monitor, an OutOfMemoryError or
 * StackOverflowError in progress). It is an engine bug, not a wasm trap, so it is unchecked and
 * its message says what to look for on the stack.
 */
public final class FiberPinnedException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    private final String reason;

    FiberPinnedException(String reason) {
        super("a wasm thread cannot suspend: its Java stack is pinned to the carrier thread (" + reason + ": " + explain(reason) +
                        "); the yield point must not be reached through native code, a critical section or a held lock");
        this.reason = reason;
    }

    /** The JDK's name for the reason: NATIVE, CRITICAL_SECTION, MONITOR or EXCEPTION. */
    public String reason() {
        return reason;
    }

    private static String explain(String reason) {
        return switch (reason) {
            case "NATIVE" -> "a native method or foreign upcall is on the stack between the carrier and the yield point";
            case "CRITICAL_SECTION" -> "the fiber is inside a JDK critical section";
            case "MONITOR" -> "the fiber holds a Java monitor (synchronized)";
            case "EXCEPTION" -> "an OutOfMemoryError or StackOverflowError is being thrown";
            default -> "reason reported by the JDK";
        };
    }
}
