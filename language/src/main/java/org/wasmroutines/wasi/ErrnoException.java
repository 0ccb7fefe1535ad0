package org.wasmroutines.wasi;

/**
 * Ends a WASI function early with an error code; {@link WasiRootNode} turns it into the
 * function's result. Carries no stack trace: it is control flow, not a failure of the engine.
 */
final class ErrnoException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    final Errno errno;

    ErrnoException(Errno errno) {
        super(errno.name(), null, false, false);
        this.errno = errno;
    }
}
