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
 * calling thread's CPU time over the wall time of the timed calls) and {@code iteration-ns T1 T2 ...}. {@code compile-wat} turns a text-format kernel into the binary
 * all engines load, with Wasmroutines' own text-format compiler (no wabt needed).
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
        if (rest.length < 4) {
            throw new IllegalArgumentException("too few arguments");
        }
        String mode = rest[0];
        Engine engine = Engine.named(rest[1]);
        Path file = Path.of(rest[2]);
        int size = positive(rest[3], "SIZE");
        byte[] binary;
        try {
            binary = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage());
        }
        Context.Builder builder = Context.newBuilder(engine.language).allowExperimentalOptions(true).allowAllAccess(true)
                        .option("engine.Compilation", String.valueOf(!interpreter))
                        .option("engine.WarnInterpreterOnly", "false")
                        .arguments(engine.language, new String[]{file.toString(), Integer.toString(size)});
        engine.wasiOptions.forEach(builder::option);
        try (Context context = builder.build()) {
            Source source = Source.newBuilder(engine.language, ByteSequence.create(binary), file.getFileName().toString()).buildLiteral();
            Value exports = context.eval(source).newInstance(imports()).getMember("exports");
            return switch (mode) {
                case "run" -> runOnce(exports, size);
                case "peak" -> {
                    if (rest.length != 6 && rest.length != 7) {
                        throw new IllegalArgumentException("peak needs WARMUP and MEASURE (and optionally MIN_WARMUP_S)");
                    }
                    int minWarmupSeconds = rest.length == 7 ? nonNegative(rest[6], "MIN_WARMUP_S") : 0;
                    peak(exports, size, positive(rest[4], "WARMUP"), positive(rest[5], "MEASURE"), minWarmupSeconds);
                    yield 0;
                }
                default -> throw new IllegalArgumentException("unknown mode '" + mode + "'");
            };
        } catch (PolyglotException e) {
            if (e.isExit()) {
                return e.getExitStatus();
            }
            System.err.println("side-by-side: " + file + " on " + rest[1] + ": " + e.getMessage());
            return 1;
        }
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
    private static void peak(Value exports, int size, int warmup, int measure, int minWarmupSeconds) {
        Kernel kernel = kernel(exports);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        boolean cpuTime = threads.isCurrentThreadCpuTimeSupported();
        long first = 0;
        long[] recentWall = new long[SETTLE_CALLS];
        long[] recentCpu = new long[SETTLE_CALLS];
        int calls = 0;
        long started = System.nanoTime();
        long warmupEnd = started + minWarmupSeconds * 1_000_000_000L;
        long warmupLimit = started + 4L * minWarmupSeconds * 1_000_000_000L;
        boolean settled = false;
        while (calls < warmup || System.nanoTime() - warmupEnd < 0
                        || (!settled && (calls < 4 * warmup || System.nanoTime() - warmupLimit < 0))) {
            long cpuStart = cpuTime ? threads.getCurrentThreadCpuTime() : 0;
            long start = System.nanoTime();
            long value = kernel.run(size);
            recentWall[calls % SETTLE_CALLS] = System.nanoTime() - start;
            recentCpu[calls % SETTLE_CALLS] = cpuTime ? threads.getCurrentThreadCpuTime() - cpuStart : -1;
            if (calls == 0) {
                first = value;
            }
            check(value, first);
            calls++;
            settled = settled(recentWall, recentCpu, calls);
        }
        long[] times = new long[measure];
        long wall = 0;
        long cpu = 0;
        for (int i = 0; i < measure; i++) {
            long cpuStart = cpuTime ? threads.getCurrentThreadCpuTime() : 0;
            long start = System.nanoTime();
            long value = kernel.run(size);
            times[i] = System.nanoTime() - start;
            cpu += cpuTime ? threads.getCurrentThreadCpuTime() - cpuStart : 0;
            wall += times[i];
            check(value, first);
        }
        System.out.println("checksum " + Long.toUnsignedString(first));
        System.out.println("warmup-calls " + calls);
        System.out.println("settled " + (settled ? "yes" : "no"));
        if (cpuTime) {
            System.out.printf(Locale.ROOT, "on-cpu %.3f%n", (double) cpu / wall);
        }
        StringBuilder line = new StringBuilder("iteration-ns");
        for (long time : times) {
            line.append(' ').append(time);
        }
        System.out.println(line);
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
