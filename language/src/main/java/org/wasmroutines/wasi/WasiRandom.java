package org.wasmroutines.wasi;

import java.security.SecureRandom;

/**
 * The source of {@code random_get}: the host's cryptographic generator. The one place WASI draws
 * randomness, so that deterministic runs can seed it from the scheduler's generator.
 *
 * @see <a href="https://github.com/WebAssembly/WASI/blob/main/legacy/preview1/docs.md#random_get">random_get</a>
 */
final class WasiRandom {
    private final SecureRandom random = new SecureRandom();

    void fill(byte[] into) {
        random.nextBytes(into);
    }
}
