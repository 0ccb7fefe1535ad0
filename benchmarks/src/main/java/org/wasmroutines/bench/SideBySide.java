package org.wasmroutines.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.io.ByteSequence;
import org.graalvm.polyglot.proxy.ProxyExecutable;
import org.graalvm.polyglot.proxy.ProxyObject;
import org.wasmroutines.errors.WasmException;
import org.wasmroutines.text.WatParser;

/**
 * Runs one side-by-side kernel ({@code benchmarks/kernels/}) on Wasmroutines or on GraalWasm,
 * through the public polyglot API only, so both Truffle engines are driven by the same code in
 * the same JVM configuration. {@code benchmarks/side-by-side} starts it; {@code
 * benchmarks/node/runner.mjs} is its twin for Node.
 *
 * <pre>
 * SideBySide [--interpreter] run  ENGINE FILE.wasm SIZE
 * SideBySide [--interpreter] peak ENGINE FILE.wasm SIZE WARMUP MEASURE [MIN_WARMUP_S]
 * SideBySide [--interpreter] paired FILE.wasm SIZE WARMUP MEASURE [MIN_WARMUP_S]
 * SideBySide compile-wat FILE.wat FILE.wasm
 * </pre>
 *
 * {@code ENGINE} is {@code wasmroutines} or {@code graalwasm}; {@code --interpreter} sets
 * {@code engine.Compilation=false}. {@code run} is one whole run, as a user would start it: a WASI
 * command ({@code _start}) gets argv {@code [FILE, SIZE]} and prints its own checksum; a module
 * without {@code _start} has {@code kernel(SIZE)} called and its checksum printed here. {@code peak}
 * instantiates once, calls {@code kernel(SIZE)} at least {@code WARMUP} times, for at least
 * {@code MIN_WARMUP_S} seconds (default 0) and until the last calls' times settle, then {@code MEASURE} timed times, checks every result against the first, and
 * prints {@code checksum N}, {@code warmup-calls N}, {@code settled yes|no}, {@code on-cpu S} (the
 * calling thread's CPU time over the wall time of the timed calls) and {@code iteration-ns T1 T2 ...}.
 * {@code paired} is {@code peak} for both engines in one JVM, their calls taking turns (see
 * {@link #paired}); it prints {@code paired-ns ENGINE T1 T2 ...} for each. {@code compile-wat} turns a
 * text-format kernel into the binary all engines load, with Wasmroutines' own text-format compiler
 * (no wabt needed).
 *
 * <p>
 * WASI: Wasmroutines' own ({@code wasmroutines.Wasi}), GraalWasm's {@code wasi_snapshot_preview1}
 * builtin module ({@code wasm.Builtins}). The host-call kernel's import {@code env.mix} is a Java
 * function given through the import object, for both engines.
 *
 * <p>
 * A module that exports {@code step} instead of {@code kernel} (the call-in kernel) is driven from
 * here: "{@code kernel(SIZE)}" is then {@link #callIn}, a Java loop calling {@code step} through
 * {@link Value#execute}, the way an embedder calls an exported function.
 */
public final class SideBySide {
    private SideBySide() {
    }

    /** The host side of the host-call kernel; runner.mjs has the same function in JavaScript. */
    static int mix(int a, int b) {
        return (a * 31 + b) ^ (a >>> 3);
    }

    private static final String USAGE = """
                    usage: SideBySide [--interpreter] run  wasmroutines|graalwasm FILE.wasm SIZE
                           SideBySide [--interpreter] peak wasmroutines|graalwasm FILE.wasm SIZE WARMUP MEASURE [MIN_WARMUP_S]
                           SideBySide [--interpreter] paired FILE.wasm SIZE WARMUP MEASURE [MIN_WARMUP_S]
                           SideBySide compile-wat FILE.wat FILE.wasm""";

    public static void main(String[] args) {
        int status;
        try {
            status = run(args);
        } catch (IllegalArgumentException e) {
            System.err.println("side-by-side: " + e.getMessage());
            System.err.println(USAGE);
            status = 2;
        }
        System.out.flush();
        System.exit(status);
    }

    static int run(String[] args) {
        if (args.length > 0 && args[0].equals("compile-wat")) {
            return compileWat(args);
        }
        boolean interpreter = args.length > 0 && args[0].equals("--interpreter");
        String[] rest = interpreter ? Arrays.copyOfRange(args, 1, args.length) : args;
        if (rest.length > 0 && rest[0].equals("paired")) {
            if (rest.length != 5 && rest.length != 6) {
                throw new IllegalArgumentException("paired needs FILE.wasm, SIZE, WARMUP and MEASURE (and optionally MIN_WARMUP_S)");
            }
            Path file = Path.of(rest[1]);
            Loop loop = new Loop(positive(rest[3], "WARMUP"), positive(rest[4], "MEASURE"), rest.length == 6 ? nonNegative(rest[5], "MIN_WARMUP_S") : 0);
            return paired(interpreter, file, read(file), positive(rest[2], "SIZE"), loop);
        }
        if (rest.length < 4) {
            throw new IllegalArgumentException("too few arguments");
        }
        String mode = rest[0];
        Engine engine = Engine.named(rest[1]);
        Path file = Path.of(rest[2]);
        int size = positive(rest[3], "SIZE");
        byte[] binary = read(file);
        try (Context context = newContext(engine, interpreter, file, size)) {
            Value exports = instantiate(context, engine, binary, file);
            return switch (mode) {
                case "run" -> runOnce(exports, size);
                case "peak" -> {
                    if (rest.length != 6 && rest.length != 7) {
                        throw new IllegalArgumentException("peak needs WARMUP and MEASURE (and optionally MIN_WARMUP_S)");
                    }
                    int minWarmupSeconds = rest.length == 7 ? nonNegative(rest[6], "MIN_WARMUP_S") : 0;
                    peak(exports, size, new Loop(positive(rest[4], "WARMUP"), positive(rest[5], "MEASURE"), minWarmupSeconds));
                    yield 0;
                }
                default -> throw new IllegalArgumentException("unknown mode '" + mode + "'");
            };
        } catch (PolyglotException e) {
            return failed(e, file, rest[1]);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage());
        }
    }

    /** The exit status for a program that exited, else the error reported. */
    private static int failed(PolyglotException e, Path file, String engine) {
        if (e.isExit()) {
            return e.getExitStatus();
        }
        System.err.println("side-by-side: " + file + " on " + engine + ": " + e.getMessage());
        return 1;
    }

    /** A context of {@code engine} as a user would build it: WASI, argv {@code [FILE, SIZE]}. */
    private static Context newContext(Engine engine, boolean interpreter, Path file, int size) {
        Context.Builder builder = Context.newBuilder(engine.language).allowExperimentalOptions(true).allowAllAccess(true)
                        .option("engine.Compilation", String.valueOf(!interpreter))
                        .option("engine.WarnInterpreterOnly", "false")
                        .arguments(engine.language, new String[]{file.toString(), Integer.toString(size)});
        engine.wasiOptions.forEach(builder::option);
        return builder.build();
    }

    /** The exports of a new instance of the module. */
    private static Value instantiate(Context context, Engine engine, byte[] binary, Path file) {
        Source source = Source.newBuilder(engine.language, ByteSequence.create(binary), file.getFileName().toString()).buildLiteral();
        return context.eval(source).newInstance(imports()).getMember("exports");
    }

    /** The two Truffle engines: language id and the options that give a module WASI. */
    private enum Engine {
        WASMROUTINES("wasmroutines", Map.of("wasmroutines.Wasi", "true")),
        GRAALWASM("wasm", Map.of("wasm.Builtins", "wasi_snapshot_preview1"));

        final String language;
        final Map<String, String> wasiOptions;

        Engine(String language, Map<String, String> wasiOptions) {
            this.language = language;
            this.wasiOptions = wasiOptions;
        }

        static Engine named(String name) {
            return switch (name) {
                case "wasmroutines" -> WASMROUTINES;
                case "graalwasm" -> GRAALWASM;
                default -> throw new IllegalArgumentException("unknown engine '" + name + "' (wasmroutines or graalwasm)");
            };
        }
    }

    private static Object imports() {
        ProxyExecutable mix = arguments -> mix(arguments[0].asInt(), arguments[1].asInt());
        return ProxyObject.fromMap(Map.of("env", ProxyObject.fromMap(Map.of("mix", mix))));
    }

    private static int runOnce(Value exports, int size) {
        if (exports.hasMember("_start")) {
            exports.getMember("_start").execute();
            return 0;
        }
        System.out.println("checksum " + Long.toUnsignedString(kernel(exports).run(size)));
        return 0;
    }

    /** One call of a kernel of the given size, giving its checksum. */
    @FunctionalInterface
    interface Kernel {
        long run(int size);
    }

    /**
     * The call-in kernel's host side: hostcall.wat's loop with the roles swapped (the loop here, the
     * mix in wasm), so that it gives hostcall's checksum for the same size.
     */
    static long callIn(Value step, int calls) {
        int h = 17;
        long sum = 0;
        for (int i = 0; i < calls; i++) {
            h = step.execute(h, i).asInt();
            sum += Integer.toUnsignedLong(h);
        }
        return sum ^ (Integer.toUnsignedLong(h) << 32);
    }

    /** The last this many warm-up calls must lie within {@link #SETTLED} of each other. */
    static final int SETTLE_CALLS = 3;
    static final double SETTLED = 0.10;
    /**
     * And in each of them the calling thread must have run for at least this share of the wall
     * time: below it, other threads took its core (the JIT compilers still compiling in the
     * background, or the collector), and the call's time is not yet the steady state.
     */
    static final double ON_CPU = 0.90;

    /**
     * Warms up for at least {@code warmup} calls and {@code minWarmupSeconds}, and until the last
     * {@link #SETTLE_CALLS} calls took times within {@link #SETTLED} of each other (compilation
     * done, no deoptimization cycle) with the calling thread on its core for {@link #ON_CPU} of
     * each; for at most 4 × {@code warmup} calls and 4 × {@code minWarmupSeconds} once the minimum
     * is over. Then times {@code measure} calls. The minimum time is there because times also
     * settle on a first-tier plateau while the last tier's compilation of a large kernel function
     * still takes seconds; the share on the core because a warm-up can also settle while the
     * compilers' background work (HotSpot's compilation of the Graal compiler itself, on 2 cores)
     * halves the calling thread's share for seconds (sort: calls of 50-55 ms wall and 27 ms CPU for
     * ~100 calls, then 26.5 ms both).
     */
    private static void peak(Value exports, int size, Loop loop) {
        Timed kernel = new Timed(kernel(exports));
        long started = System.nanoTime();
        long first = kernel.call(size);
        kernel.warmedUp();
        while (loop.warmingUp(started, kernel.count(), kernel.settled())) {
            check(kernel.call(size), first);
            kernel.warmedUp();
        }
        long[] times = new long[loop.measure];
        long wall = 0;
        long cpu = 0;
        for (int i = 0; i < loop.measure; i++) {
            check(kernel.call(size), first);
            times[i] = kernel.wall;
            wall += kernel.wall;
            cpu += kernel.cpu;
        }
        printLoop(first, kernel.count(), kernel.settled(), wall, cpu);
        System.out.println(timesLine("iteration-ns", times));
    }

    /**
     * Both engines in one JVM, each with its own context and instance, their calls taking turns:
     * warm-up rounds (one call of each) as in {@link #peak} until both engines' calls have settled,
     * then {@code MEASURE} timed rounds, the engine that goes first alternating. A JVM process
     * lands in a fast or a slow mode for its whole life, and both engines in it share the mode
     * (docs/benchmarks.md), so the ratio of their times within one process moves much less from
     * process to process than the ratio of two processes' times does.
     */
    private static int paired(boolean interpreter, Path file, byte[] binary, int size, Loop loop) {
        Engine[] engines = Engine.values();
        Context[] contexts = new Context[engines.length];
        try {
            Timed[] kernels = new Timed[engines.length];
            for (int e = 0; e < engines.length; e++) {
                contexts[e] = newContext(engines[e], interpreter, file, size);
                kernels[e] = new Timed(kernel(instantiate(contexts[e], engines[e], binary, file)));
            }
            long started = System.nanoTime();
            long first = kernels[0].call(size);
            kernels[0].warmedUp();
            for (int e = 1; e < engines.length; e++) {
                check(kernels[e].call(size), first);
                kernels[e].warmedUp();
            }
            while (loop.warmingUp(started, kernels[0].count(), Arrays.stream(kernels).allMatch(Timed::settled))) {
                for (Timed kernel : kernels) {
                    check(kernel.call(size), first);
                    kernel.warmedUp();
                }
            }
            long[][] times = new long[engines.length][loop.measure];
            long wall = 0;
            long cpu = 0;
            for (int i = 0; i < loop.measure; i++) {
                for (int turn = 0; turn < engines.length; turn++) {
                    int e = (i + turn) % engines.length;
                    check(kernels[e].call(size), first);
                    times[e][i] = kernels[e].wall;
                    wall += kernels[e].wall;
                    cpu += kernels[e].cpu;
                }
            }
            printLoop(first, kernels[0].count(), Arrays.stream(kernels).allMatch(Timed::settled), wall, cpu);
            for (int e = 0; e < engines.length; e++) {
                System.out.println(timesLine("paired-ns " + engines[e].name().toLowerCase(Locale.ROOT), times[e]));
            }
            return 0;
        } catch (PolyglotException e) {
            return failed(e, file, "wasmroutines and graalwasm");
        } finally {
            for (Context context : contexts) {
                if (context != null) {
                    context.close();
                }
            }
        }
    }

    /**
     * What a loop says besides its times: the checksum, the warm-up calls (rounds), whether they
     * settled, and the calling thread's CPU time over the wall time of the timed calls.
     */
    private static void printLoop(long checksum, int warmupCalls, boolean settled, long wall, long cpu) {
        System.out.println("checksum " + Long.toUnsignedString(checksum));
        System.out.println("warmup-calls " + warmupCalls);
        System.out.println("settled " + (settled ? "yes" : "no"));
        if (CPU_TIME) {
            System.out.printf(Locale.ROOT, "on-cpu %.3f%n", (double) cpu / wall);
        }
    }

    private static String timesLine(String label, long[] times) {
        StringBuilder line = new StringBuilder(label);
        for (long time : times) {
            line.append(' ').append(time);
        }
        return line.toString();
    }

    /**
     * A loop's warm-up and measurement: at least {@code warmup} calls and {@code minWarmupSeconds},
     * and until the calls settle, for at most 4 × {@code warmup} calls and 4 × {@code
     * minWarmupSeconds} once the minimum is over; then {@code measure} timed calls. See {@link
     * #SETTLED} and {@link #ON_CPU} for why both bounds.
     */
    record Loop(int warmup, int measure, int minWarmupSeconds) {
        boolean warmingUp(long started, int calls, boolean settled) {
            long elapsed = System.nanoTime() - started;
            long minimum = minWarmupSeconds * 1_000_000_000L;
            return calls < warmup || elapsed < minimum || (!settled && (calls < 4 * warmup || elapsed < 4 * minimum));
        }
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean CPU_TIME = THREADS.isCurrentThreadCpuTimeSupported();

    /** A kernel whose calls are timed: the last call's wall and CPU time, and the last warm-up calls'. */
    private static final class Timed {
        private final Kernel kernel;
        private final long[] recentWall = new long[SETTLE_CALLS];
        private final long[] recentCpu = new long[SETTLE_CALLS];
        private int warmupCalls;
        /** The last call's wall time and the calling thread's CPU time in it (-1 where unsupported). */
        long wall;
        long cpu;

        Timed(Kernel kernel) {
            this.kernel = kernel;
        }

        long call(int size) {
            long cpuStart = CPU_TIME ? THREADS.getCurrentThreadCpuTime() : 0;
            long start = System.nanoTime();
            long value = kernel.run(size);
            wall = System.nanoTime() - start;
            cpu = CPU_TIME ? THREADS.getCurrentThreadCpuTime() - cpuStart : -1;
            return value;
        }

        /** Counts the last call as a warm-up call, for {@link #settled}. */
        void warmedUp() {
            recentWall[warmupCalls % SETTLE_CALLS] = wall;
            recentCpu[warmupCalls % SETTLE_CALLS] = cpu;
            warmupCalls++;
        }

        int count() {
            return warmupCalls;
        }

        boolean settled() {
            return SideBySide.settled(recentWall, recentCpu, warmupCalls);
        }
    }

    /** Whether the last calls' wall times agree and the calling thread had its core for each. */
    private static boolean settled(long[] wall, long[] cpu, int calls) {
        if (calls < wall.length) {
            return false;
        }
        long min = Long.MAX_VALUE;
        long max = 0;
        for (int i = 0; i < wall.length; i++) {
            min = Math.min(min, wall[i]);
            max = Math.max(max, wall[i]);
            if (cpu[i] >= 0 && cpu[i] < ON_CPU * wall[i]) {
                return false;
            }
        }
        return max <= min * (1 + SETTLED);
    }

    private static Kernel kernel(Value exports) {
        if (exports.hasMember("kernel") && exports.getMember("kernel").canExecute()) {
            Value kernel = exports.getMember("kernel");
            return size -> kernel.execute(size).asLong();
        }
        if (exports.hasMember("step") && exports.getMember("step").canExecute()) {
            Value step = exports.getMember("step");
            return size -> callIn(step, size);
        }
        throw new IllegalArgumentException("the module exports no function 'kernel' (nor 'step')");
    }

    private static void check(long value, long first) {
        if (value != first) {
            throw new IllegalStateException("kernel gave " + Long.toUnsignedString(value) + ", earlier " + Long.toUnsignedString(first));
        }
    }

    private static int compileWat(String[] args) {
        if (args.length != 3) {
            throw new IllegalArgumentException("compile-wat needs FILE.wat and FILE.wasm");
        }
        try {
            Files.write(Path.of(args[2]), WatParser.parseModule(Files.readString(Path.of(args[1]))));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot compile " + args[1] + ": " + e.getMessage());
        } catch (WasmException e) {
            System.err.println(args[1] + ": " + e.getMessage());
            return 1;
        }
        return 0;
    }

    private static int positive(String text, String what) {
        return atLeast(text, what, 1, "a positive integer");
    }

    private static int nonNegative(String text, String what) {
        return atLeast(text, what, 0, "an integer >= 0");
    }

    private static int atLeast(String text, String what, int min, String expected) {
        try {
            int value = Integer.parseInt(text);
            if (value >= min) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(what + " must be " + expected + ", got '" + text + "'");
    }
}
