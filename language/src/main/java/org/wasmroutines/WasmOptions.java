package org.wasmroutines;

import com.oracle.truffle.api.Option;
import org.graalvm.options.OptionCategory;
import org.graalvm.options.OptionKey;
import org.graalvm.options.OptionStability;
import org.graalvm.options.OptionType;
import org.wasmroutines.runtime.WasmMemory;
import org.wasmroutines.runtime.WasmTable;
import org.wasmroutines.sched.SchedulerOptions;

/**
 * The language's options, set as {@code --wasmroutines.Name=value} on the command line or with
 * {@code Context.Builder.option("wasmroutines.Name", value)}.
 */
@Option.Group(WasmLanguage.ID)
public final class WasmOptions {
    private WasmOptions() {
    }

    @Option(help = "The most 64 KiB pages a linear memory may have; memory.grow beyond returns -1 (default and upper bound: 32767, the most a Java array holds).",
                    category = OptionCategory.USER, stability = OptionStability.STABLE, usageSyntax = "[0, 32767]")
    public static final OptionKey<Integer> MaxMemoryPages = new OptionKey<>(WasmMemory.ARRAY_PAGE_LIMIT);

    @Option(help = "The most elements a table may have; table.grow beyond returns -1.",
                    category = OptionCategory.USER, stability = OptionStability.STABLE, usageSyntax = "<elements>")
    public static final OptionKey<Integer> MaxTableSize = new OptionKey<>(WasmTable.DEFAULT_ELEMENT_LIMIT);

    // Green threads (org.wasmroutines.sched, through org.wasmroutines.runtime.WasmThreads)

    @Option(help = "How wasm threads are scheduled on the one carrier thread: 'default' (FIFO, real clock) or 'deterministic' (every choice from a PRNG seeded by wasmroutines.Seed, virtual clock).",
                    category = OptionCategory.USER, stability = OptionStability.STABLE, usageSyntax = "default|deterministic")
    public static final OptionKey<String> Scheduler = new OptionKey<>("default", new OptionType<>("default|deterministic", WasmOptions::schedulerKind));

    @Option(help = "Seed of the deterministic scheduler: the same program, seed and input give the same schedule and output.",
                    category = OptionCategory.USER, stability = OptionStability.STABLE, usageSyntax = "<long>")
    public static final OptionKey<Long> Seed = new OptionKey<>(0L);

    @Option(help = "Write the schedule (one line per turn: clock, thread id, how the turn ended) to this file when the context closes and after each run of the scheduler; empty: no trace.",
                    category = OptionCategory.USER, stability = OptionStability.STABLE, usageSyntax = "<path>")
    public static final OptionKey<String> TraceSchedule = new OptionKey<>("");

    @Option(help = "Preemption budget: loop back-edges and function entries a wasm thread may pass in one turn before it yields (deterministic mode draws each turn's budget around it).",
                    category = OptionCategory.USER, stability = OptionStability.STABLE, usageSyntax = "[1, 1073741823]")
    public static final OptionKey<Integer> PreemptionBudget = new OptionKey<>(SchedulerOptions.DEFAULT_PREEMPTION_BUDGET);

    // WASI (org.wasmroutines.wasi): lists are encoded as org.wasmroutines.wasi.OptionList describes

    @Option(help = "Provide the wasi_snapshot_preview1 imports (argv = the application arguments, stdio = the context's streams) to modules whose import object does not.",
                    category = OptionCategory.USER, stability = OptionStability.STABLE, usageSyntax = "true|false")
    public static final OptionKey<Boolean> Wasi = new OptionKey<>(false);

    @Option(help = "WASI preopened directories, in fd order from 3: HOST or HOST::GUEST elements joined by ','; '%', ',' and ':' inside a part written as %25, %2C, %3A.",
                    category = OptionCategory.USER, stability = OptionStability.STABLE, usageSyntax = "<host>[::<guest>],...")
    public static final OptionKey<String> WasiDirs = new OptionKey<>("");

    @Option(help = "WASI environment variables: NAME=VALUE elements joined by ','; '%', ',' and ':' inside an element written as %25, %2C, %3A.",
                    category = OptionCategory.USER, stability = OptionStability.STABLE, usageSyntax = "<name>=<value>,...")
    public static final OptionKey<String> WasiEnv = new OptionKey<>("");

    @Option(help = "WASI listening TCP sockets, as descriptors after the preopens (sock_accept): HOST:PORT elements joined by ','; needs socket access.",
                    category = OptionCategory.USER, stability = OptionStability.STABLE, usageSyntax = "<host>:<port>,...")
    public static final OptionKey<String> WasiTcpListen = new OptionKey<>("");

    /** Checks a {@code wasmroutines.Scheduler} value when the context is built, so a typo is a usage error. */
    private static String schedulerKind(String value) {
        if (!value.equals("default") && !value.equals("deterministic")) {
            throw new IllegalArgumentException("wasmroutines.Scheduler must be 'default' or 'deterministic', not '" + value + "'");
        }
        return value;
    }
}
