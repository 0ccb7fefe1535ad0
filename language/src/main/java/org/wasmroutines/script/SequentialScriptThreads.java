package org.wasmroutines.script;

/** Runs each thread body to completion when it is spawned, in the order written; waiting is then a no-op. */
public final class SequentialScriptThreads implements ScriptThreads {
    @Override
    public void spawn(String id, Runnable body) {
        body.run();
    }

    @Override
    public void await(String id) {
    }
}
