package org.wasmroutines.wasi;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;

/**
 * The clocks of {@code clock_time_get}/{@code clock_res_get} and of {@code poll_oneoff}
 * timeouts. This is the one place WASI reads time: the deterministic scheduler will replace it by
 * its virtual clock.
 *
 * @see <a href="https://github.com/WebAssembly/WASI/blob/main/legacy/preview1/docs.md#clockid">clockid</a>
 */
final class WasiClocks {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** Monotonic time starts near zero for each program, as it would after a fresh boot. */
    private final long monotonicOrigin = System.nanoTime();

    /** Nanoseconds of clock {@code id}, or {@link Errno#INVAL} for an unknown clock. */
    long now(int id) {
        return switch (id) {
            case WasiFlags.CLOCK_REALTIME -> realtime();
            case WasiFlags.CLOCK_MONOTONIC -> monotonic();
            case WasiFlags.CLOCK_PROCESS_CPUTIME -> processCpuTime();
            case WasiFlags.CLOCK_THREAD_CPUTIME -> threadCpuTime();
            default -> throw new ErrnoException(Errno.INVAL);
        };
    }

    /** The resolution the clocks promise, in nanoseconds. */
    long resolution(int id) {
        return switch (id) {
            case WasiFlags.CLOCK_REALTIME -> 1_000;
            case WasiFlags.CLOCK_MONOTONIC, WasiFlags.CLOCK_THREAD_CPUTIME -> 1;
            case WasiFlags.CLOCK_PROCESS_CPUTIME -> 1_000_000;
            default -> throw new ErrnoException(Errno.INVAL);
        };
    }

    long monotonic() {
        return System.nanoTime() - monotonicOrigin;
    }

    private static long realtime() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    /** CPU time of the whole JVM process (the program shares the process with the engine). */
    private static long processCpuTime() {
        return ProcessHandle.current().info().totalCpuDuration().map(d -> d.toNanos()).orElseGet(WasiClocks::threadCpuTime);
    }

    private static long threadCpuTime() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }
}
