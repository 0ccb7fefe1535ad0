package org.wasmroutines.bench;

import java.lang.management.ManagementFactory;
import java.nio.ByteOrder;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * Memory per parked wasm thread, measured on a real run: spawns N wasm threads that each call a
 * function that calls another one that waits ({@code memory.atomic.wait32}, no timeout) on one
 * address, runs the scheduler until all are parked, and divides the growth of the heap (used
 * bytes after a full GC, before and after) by N. Everything a parked thread holds is on the heap:
 * its {@code WasmThread}, fiber and continuation, the stack chunk with its frozen frames (the
 * wasm frames and the scheduler's frames down to the carrier), its call arguments and the
 * engine's bookkeeping. Then it wakes them all and checks that every one ran to its end.
 * <p>
 * Usage: {@code benchmarks/parked-memory [N ...]} (default 100000 1000000); one line per N:
 * {@code parked N threads: B bytes/thread (heap +M MB)}. Not a JMH benchmark: a single large
 * allocation, measured once, is what the figure is about.
 */
public final class ParkedThreadsProbe {
    static final String PROGRAM = """
                    (module
                      (memory (export "memory") 1 1 shared)
                      ;; Parks until address 0 is no longer 0; returns how many times it woke up.
                      (func $park (result i32)
                        (local $wakes i32)
                        (block $done
                          (loop $again
                            (br_if $done (i32.ne (i32.atomic.load (i32.const 0)) (i32.const 0)))
                            (drop (memory.atomic.wait32 (i32.const 0) (i32.const 0) (i64.const -1)))
                            (local.set $wakes (i32.add (local.get $wakes) (i32.const 1)))
                            (br $again)))
                        (local.get $wakes))
                      (func (export "waiter") (param $id i32) (result i32)
                        (i32.add (call $park) (i32.const 0)))
                      (func (export "release")
                        (i32.atomic.store (i32.const 0) (i32.const 1))
                        (drop (memory.atomic.notify (i32.const 0) (i32.const -1)))))
                    """;

    /** Threads in each unmeasured warm-up round (of this probe and {@link ParkedVirtualThreadsProbe}). */
    static final int WARM_UP_THREADS = 100_000;
    static final int MAX_WARM_UP_ROUNDS = 6;

    private ParkedThreadsProbe() {
    }

    public static void main(String[] args) throws InterruptedException {
        int[] counts = args.length == 0 ? new int[]{100_000, 1_000_000} : new int[args.length];
        for (int i = 0; i < args.length; i++) {
            counts[i] = Integer.parseInt(args[i]);
            if (counts[i] <= 0) {
                throw new IllegalArgumentException("thread count must be positive: " + args[i]);
            }
        }
        // One engine for all rounds, compiling in the foreground: the first round compiles the
        // wasm functions, and the measured threads park in compiled frames, as they would in a
        // long-running program (in the background the compiler may finish after they parked).
        try (Engine engine = Engine.newBuilder("wasmroutines").allowExperimentalOptions(true).option("engine.BackgroundCompilation", "false").build()) {
            warmUp(count -> measure(engine, count, false));
            for (int count : counts) {
                measure(engine, count, true);
            }
        }
    }

    /** One round of a probe: parks {@code count} threads, releases them, returns the bytes per parked thread. */
    interface Round {
        long run(int count) throws InterruptedException;
    }

    /**
     * Runs unmeasured rounds of {@link #WARM_UP_THREADS} threads until two in a row agree within
     * 5 % (at most {@link #MAX_WARM_UP_ROUNDS}). The first rounds of a JVM measure more per thread:
     * with one warm-up round of 20,000 threads, the first measured round of 100,000 wasm threads
     * gave 1,340-2,548 bytes per thread (6 JVMs), with one of 100,000 it gave 1,375-1,504 (5 JVMs),
     * and the rounds after those 1,092-1,184 (2026-11-26).
     */
    static void warmUp(Round round) throws InterruptedException {
        long previous = round.run(WARM_UP_THREADS);
        for (int i = 1; i < MAX_WARM_UP_ROUNDS; i++) {
            long bytes = round.run(WARM_UP_THREADS);
            if (Math.abs(bytes - previous) * 20 <= previous) {
                return;
            }
            previous = bytes;
        }
    }

    private static long measure(Engine engine, int count, boolean report) {
        try (Context context = Context.newBuilder("wasmroutines").engine(engine).build()) {
            Value module = context.eval(Source.newBuilder("wasmroutines", PROGRAM, "parked.wat").mimeType("text/x-wat").cached(true).buildLiteral());
            Value exports = module.newInstance().getMember("exports");
            Value runtime = context.getBindings("wasmroutines").getMember("runtime");
            Value waiter = exports.getMember("waiter");
            runtime.invokeMember("spawn", waiter, 0);
            runtime.invokeMember("runUntilIdle");
            long before = usedHeapAfterGc();
            for (int i = 1; i < count; i++) {
                runtime.invokeMember("spawn", waiter, i);
            }
            runtime.invokeMember("runUntilIdle");
            long parked = runtime.getMember("counters").getMember("parkedNow").asLong();
            if (parked != count) {
                throw new IllegalStateException("expected " + count + " parked threads, found " + parked);
            }
            long after = usedHeapAfterGc();
            long bytesPerThread = (after - before) / (count - 1);
            if (report) {
                System.out.printf("parked %d threads: %d bytes/thread (heap +%d MB, max heap %d MB)%n",
                                count, bytesPerThread, (after - before) >> 20, Runtime.getRuntime().maxMemory() >> 20);
            }
            exports.getMember("memory").writeBufferInt(ByteOrder.LITTLE_ENDIAN, 0, 1);
            exports.getMember("release").execute();
            runtime.invokeMember("run");
            long live = runtime.getMember("counters").getMember("live").asLong();
            if (live != 0) {
                throw new IllegalStateException(live + " threads did not end after the release");
            }
            return bytesPerThread;
        }
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
