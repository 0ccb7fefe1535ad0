package org.wasmroutines.sched;

import java.util.List;

/**
 * Supplied by the engine to render a wasm thread's stack (function names from the name section)
 * in listings and deadlock reports; the scheduler knows threads, not wasm frames.
 */
@FunctionalInterface
public interface StackDescriber {
    StackDescriber NONE = thread -> List.of();

    /** The thread's wasm frames, innermost first; called on the carrier, never from a fiber. */
    List<String> describe(WasmThread thread);
}
