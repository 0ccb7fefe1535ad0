package org.wasmroutines.sched;

import java.util.concurrent.locks.LockSupport;

/**
 * How the carrier blocks when no wasm thread can run and it waits for a host future or a timer.
 * The default parks the Java thread; the engine passes one that its polyglot context can
 * interrupt (a Truffle safepoint), so that {@code context.close(true)} reaches a carrier that is
 * waiting, not only one that runs wasm code.
 */
@FunctionalInterface
public interface CarrierWait {
    /** Parks the carrier plainly, with {@link LockSupport} semantics. */
    CarrierWait PLAIN = (blocker, deadline, hasDeadline) -> {
        if (hasDeadline) {
            LockSupport.parkNanos(blocker, deadline - System.nanoTime());
        } else {
            LockSupport.park(blocker);
        }
    };

    /**
     * Parks the calling carrier once, like {@link LockSupport#park(Object)}: it may return early
     * (the caller re-checks what it waits for), and returns at once after an unpark that came
     * before the call. It may also throw, when whatever owns the carrier wants it back (a
     * cancelled context).
     *
     * @param deadline a {@link System#nanoTime()} value, read only when {@code hasDeadline}
     */
    void park(Object blocker, long deadline, boolean hasDeadline);
}
