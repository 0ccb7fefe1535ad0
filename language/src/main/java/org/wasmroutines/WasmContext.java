package org.wasmroutines;

import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.TruffleLanguage.ContextReference;
import com.oracle.truffle.api.nodes.Node;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.wasmroutines.runtime.SpecTestModule;
import org.wasmroutines.runtime.WasmThreads;
import org.wasmroutines.sched.SchedulerOptions;

/**
 * The state of one polyglot context: its environment (streams, options) and the engine limits
 * taken from the options. Instances, memories and tables belong to the objects that reference
 * them, not to the context, so the context stays small.
 */
public final class WasmContext {
    private static final ContextReference<WasmContext> REFERENCE = ContextReference.create(WasmLanguage.class);

    private final WasmLanguage language;
    private final TruffleLanguage.Env env;
    private final int maxMemoryPages;
    private final int maxTableSize;
    private final PrintStream out;
    private SpecTestModule specTest;
    private final WasmThreads threads;
    private final List<Runnable> closeActions = new ArrayList<>();

    WasmContext(WasmLanguage language, TruffleLanguage.Env env) {
        this.language = language;
        this.env = env;
        this.maxMemoryPages = Math.max(0, env.getOptions().get(WasmOptions.MaxMemoryPages));
        this.maxTableSize = Math.max(0, env.getOptions().get(WasmOptions.MaxTableSize));
        this.out = new PrintStream(env.out(), true);
        this.threads = new WasmThreads(language, schedulerOptions(env), traceFile(env));
    }

    /** Options {@code wasmroutines.Scheduler}, {@code Seed} and {@code PreemptionBudget}. */
    private static SchedulerOptions schedulerOptions(TruffleLanguage.Env env) {
        String kind = env.getOptions().get(WasmOptions.Scheduler);
        SchedulerOptions options = switch (kind) {
            case "default" -> SchedulerOptions.realTime();
            case "deterministic" -> SchedulerOptions.deterministic(env.getOptions().get(WasmOptions.Seed));
            default -> throw new IllegalArgumentException("wasmroutines.Scheduler must be 'default' or 'deterministic', not '" + kind + "'");
        };
        return options.withPreemptionBudget(env.getOptions().get(WasmOptions.PreemptionBudget));
    }

    private static Path traceFile(TruffleLanguage.Env env) {
        String file = env.getOptions().get(WasmOptions.TraceSchedule);
        return file.isEmpty() ? null : Path.of(file);
    }

    /** The context of the current thread. */
    public static WasmContext get(Node node) {
        return REFERENCE.get(node);
    }

    public WasmLanguage language() {
        return language;
    }

    public TruffleLanguage.Env env() {
        return env;
    }

    /** The context's standard output (the polyglot context's {@code out} stream). */
    public PrintStream out() {
        return out;
    }

    /** Option {@code wasmroutines.MaxMemoryPages}. */
    public int maxMemoryPages() {
        return maxMemoryPages;
    }

    /** Option {@code wasmroutines.MaxTableSize}. */
    public int maxTableSize() {
        return maxTableSize;
    }

    /**
     * The context's green threads: its scheduler (created on first use, by options
     * {@code wasmroutines.Scheduler}, {@code Seed}, {@code PreemptionBudget}, {@code TraceSchedule}),
     * wait and notify, spawning functions as wasm threads.
     */
    public WasmThreads threads() {
        return threads;
    }

    /**
     * Runs {@code action} when the context closes (after its wasm threads are dropped): how a
     * WASI program ends its helper threads and closes its descriptors.
     */
    public synchronized void onClose(Runnable action) {
        closeActions.add(action);
    }

    /**
     * The polyglot context closes ({@code disposeContext}): every wasm thread that has not ended is
     * dropped (see {@link WasmThreads#shutDown}), then the close actions run, in order.
     */
    void close() {
        threads.shutDown();
        List<Runnable> actions;
        synchronized (this) {
            actions = List.copyOf(closeActions);
            closeActions.clear();
        }
        for (Runnable action : actions) {
            action.run();
        }
    }

    /** The context's {@code spectest} module, created on first use (by the thread running a script) and then shared. */
    public SpecTestModule specTest() {
        if (specTest == null) {
            specTest = SpecTestModule.create(this);
        }
        return specTest;
    }
}
