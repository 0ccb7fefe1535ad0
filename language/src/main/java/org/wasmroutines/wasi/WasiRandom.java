package org.wasmroutines.wasi;

import java.security.SecureRandom;
import org.wasmroutines.runtime.WasmThreads;

/**
 * The source of {@code random_get}, the one place WASI draws randomness: the host's cryptographic
 * generator, or under the deterministic scheduler the scheduler's generator seeded by
 * {@code wasmroutines.Seed} ({@code Scheduler.randomBytes}), so that a run repeats byte for byte.
 *
 * @see <a href="https://github.com/WebAssembly/WASI/blob/main/legacy/preview1/docs.md#random_get">random_get</a>
 */
final class WasiRandom {
    /** The deterministic scheduler's threads, or null for real randomness. */
    private final WasmThreads seeded;
    private final SecureRandom random;

    WasiRandom(WasmThreads threads) {
        this.seeded = threads != null && threads.deterministic() ? threads : null;
        this.random = seeded == null ? new SecureRandom() : null;
    }

    void fill(byte[] into) {
        if (seeded != null) {
            seeded.scheduler().randomBytes(into);
            return;
        }
        random.nextBytes(into);
    }
}
