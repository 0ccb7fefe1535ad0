package org.wasmroutines.wasi;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import org.wasmroutines.runtime.WasmThreads;

/**
 * The clocks of {@code clock_time_get}/{@code clock_res_get} and of {@code poll_oneoff}
 * timeouts. This is the one place WASI reads time.
 * <p>
 * Under the deterministic scheduler ({@code wasmroutines.Scheduler=deterministic}) every clock is
 * the scheduler's virtual clock, which stands still while threads run and jumps to the next
 * deadline when all of them wait: monotonic and CPU time are the virtual nanoseconds since the
 * program's scheduler started, realtime is {@link #VIRTUAL_EPOCH} plus that. Nothing of the host's
 * time reaches the program, so a run is repeatable, and a 10-minute sleep takes no real time.
 *
 * @see <a href="https://github.com/WebAssembly/WASI/blob/main/legacy/preview1/docs.md#clockid">clockid</a>
 */
final class WasiClocks {
    /** Realtime at virtual time 0: 2024-01-01T00:00:00Z, a fixed date so that runs repeat. */
    static final long VIRTUAL_EPOCH = 1_704_067_200L * 1_000_000_000L;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** Monotonic time starts near zero for each program, as it would after a fresh boot. */
    private final long monotonicOrigin = System.nanoTime();
    /** The context's green threads; null for an environment made outside any context. */
    private final WasmThreads threads;
    private final boolean virtual;

    WasiClocks(WasmThreads threads) {
        this.threads = threads;
        this.virtual = threads != null && threads.deterministic();
    }

    /** The green threads the blocking calls park on (see {@link WasiBlocking}); may be null. */
    WasmThreads threads() {
        return threads;
    }

    /** Whether time is the deterministic scheduler's virtual clock. */
    boolean isVirtual() {
        return virtual;
    }

    /** Nanoseconds of clock {@code id}, or {@link Errno#INVAL} for an unknown clock. */
    long now(int id) {
        if (virtual) {
            return switch (id) {
                case WasiFlags.CLOCK_REALTIME -> VIRTUAL_EPOCH + monotonic();
                case WasiFlags.CLOCK_MONOTONIC, WasiFlags.CLOCK_PROCESS_CPUTIME, WasiFlags.CLOCK_THREAD_CPUTIME -> monotonic();
                default -> throw new ErrnoException(Errno.INVAL);
            };
        }
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
        if (virtual) {
            return switch (id) {
                case WasiFlags.CLOCK_REALTIME, WasiFlags.CLOCK_MONOTONIC, WasiFlags.CLOCK_PROCESS_CPUTIME, WasiFlags.CLOCK_THREAD_CPUTIME -> 1;
                default -> throw new ErrnoException(Errno.INVAL);
            };
        }
        return switch (id) {
            case WasiFlags.CLOCK_REALTIME -> 1_000;
            case WasiFlags.CLOCK_MONOTONIC, WasiFlags.CLOCK_THREAD_CPUTIME -> 1;
            case WasiFlags.CLOCK_PROCESS_CPUTIME -> 1_000_000;
            default -> throw new ErrnoException(Errno.INVAL);
        };
    }

    /** Nanoseconds on the monotonic clock: the scheduler's virtual time in deterministic mode. */
    long monotonic() {
        return virtual ? threads.scheduler().now() : System.nanoTime() - monotonicOrigin;
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
