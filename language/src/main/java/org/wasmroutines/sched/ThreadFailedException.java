package org.wasmroutines.sched;

/**
 * Thrown by {@link Scheduler#join} when the joined thread ended by an exception; the cause is
 * that exception (a wasm trap, for instance), unchanged.
 */
public final class ThreadFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient WasmThread thread;

    ThreadFailedException(WasmThread thread, Throwable cause) {
        super("wasm thread " + thread.id() + " \"" + thread.name() + "\" failed: " + cause, cause);
        this.thread = thread;
    }

    public WasmThread thread() {
        return thread;
    }
}
