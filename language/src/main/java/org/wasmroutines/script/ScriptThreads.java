package org.wasmroutines.script;

/**
 * How a script's {@code (thread ...)} bodies run and {@code (wait ...)} joins them. The runner
 * only calls this, so that real green threads can replace {@link SequentialScriptThreads}.
 */
public interface ScriptThreads {
    /** Starts the body of thread {@code id}. */
    void spawn(String id, Runnable body);

    /** Returns once thread {@code id} has finished. */
    void await(String id);

    /** At the end of the script: returns once every thread started has finished. */
    default void awaitAll() {
    }
}
