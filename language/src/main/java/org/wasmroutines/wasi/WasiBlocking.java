package org.wasmroutines.wasi;

/**
 * Where a WASI call waits: {@code poll_oneoff} sleeps and waits for input, {@code sched_yield}.
 * Today the calling carrier thread waits here. <b>This is the one place to change</b> when
 * {@code org.wasmroutines.sched} is ready: each method will park the current wasm thread
 * (sleep until a deadline, yield, wait for a descriptor) so that other wasm threads keep running
 * on the carrier. {@code fd_read} on standard input blocks inside {@link StreamDescriptor#read}
 * and will go through {@link #awaitReadable} first.
 */
final class WasiBlocking {
    /** How often a wait for input looks at the stream again: streams give no readiness callback. */
    private static final long INPUT_POLL_NANOS = 1_000_000;

    private WasiBlocking() {
    }

    /** Sleeps until {@code clocks.monotonic()} reaches {@code deadline}. */
    static void sleepUntil(WasiClocks clocks, long deadline) {
        long remaining;
        while ((remaining = deadline - clocks.monotonic()) > 0) {
            try {
                Thread.sleep(remaining / 1_000_000, (int) (remaining % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ErrnoException(Errno.INTR);
            }
        }
    }

    /** Lets other threads run. */
    static void yieldNow() {
        Thread.yield();
    }

    /**
     * Waits until {@code ready} says so or the monotonic {@code deadline} passes
     * ({@code Long.MAX_VALUE}: no deadline). Returns whether it became ready.
     */
    static boolean awaitReadable(WasiClocks clocks, ReadyCheck ready, long deadline) throws java.io.IOException {
        while (true) {
            if (ready.ready()) {
                return true;
            }
            long now = clocks.monotonic();
            if (now >= deadline) {
                return false;
            }
            sleepUntil(clocks, Math.min(deadline, now + INPUT_POLL_NANOS));
        }
    }

    @FunctionalInterface
    interface ReadyCheck {
        boolean ready() throws java.io.IOException;
    }
}
