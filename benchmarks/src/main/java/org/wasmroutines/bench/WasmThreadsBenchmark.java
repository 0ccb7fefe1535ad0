package org.wasmroutines.bench;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;
import org.graalvm.polyglot.proxy.ProxyObject;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Green threads seen from wasm: two wasm threads handing a turn to each other with
 * {@code memory.atomic.wait32}/{@code notify} (score: ns per hand-off, each one a switch; goal at
 * most 100 ns), spawning wasm threads through the runtime object (score: ns per thread,
 * spawned, run and ended), and a wasm thread's round trip through an async host function (a
 * future completed on another Java thread). Run with {@code benchmarks/run WasmThreadsBenchmark}, JIT on.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class WasmThreadsBenchmark {
    static final int ROUNDS = 20_000;
    static final int SPAWNS = 1_000;
    static final int ASYNC_CALLS = 2_000;

    static final String PROGRAM = """
                    (module
                      (import "env" "fetch" (func $fetch (param i32) (result i32)))
                      (memory (export "memory") 1 1 shared)
                      ;; Waits for the turn word (address 0) to be $me, passes it to $other, $rounds times.
                      (func (export "player") (param $me i32) (param $other i32) (param $rounds i32)
                        (local $i i32) (local $turn i32)
                        (block $done
                          (loop $round
                            (br_if $done (i32.ge_u (local.get $i) (local.get $rounds)))
                            (block $mine
                              (loop $wait
                                (local.set $turn (i32.atomic.load (i32.const 0)))
                                (br_if $mine (i32.eq (local.get $turn) (local.get $me)))
                                (drop (memory.atomic.wait32 (i32.const 0) (local.get $turn) (i64.const -1)))
                                (br $wait)))
                            (i32.atomic.store (i32.const 0) (local.get $other))
                            (drop (memory.atomic.notify (i32.const 0) (i32.const 1)))
                            (local.set $i (i32.add (local.get $i) (i32.const 1)))
                            (br $round))))
                      (func (export "nop"))
                      ;; Calls the async host function $fetch $calls times; returns the sum of its results.
                      (func (export "client") (param $calls i32) (result i32)
                        (local $i i32) (local $sum i32)
                        (block $done
                          (loop $call
                            (br_if $done (i32.ge_u (local.get $i) (local.get $calls)))
                            (local.set $sum (i32.add (local.get $sum) (call $fetch (local.get $i))))
                            (local.set $i (i32.add (local.get $i) (i32.const 1)))
                            (br $call)))
                        (local.get $sum)))
                    """;

    @Param({"default", "deterministic"})
    public String scheduler;

    private Context context;
    private Value runtime;
    private Value memory;
    private Value player;
    private Value nop;
    private Value client;
    /** The platform thread that completes the host futures of {@link #asyncHostCall()}. */
    private ExecutorService host;

    @Setup(Level.Trial)
    public void setUp() {
        context = Context.newBuilder("wasmroutines").option("wasmroutines.Scheduler", scheduler).build();
        Value module = context.eval(Source.newBuilder("wasmroutines", PROGRAM, "threads.wat").mimeType("text/x-wat").buildLiteral());
        host = Executors.newSingleThreadExecutor();
        ProxyExecutable fetch = args -> {
            int key = args[0].asInt();
            return CompletableFuture.supplyAsync(() -> key * 2, host);
        };
        Value imports = Value.asValue(ProxyObject.fromMap(Map.of("env", ProxyObject.fromMap(Map.of("fetch", fetch)))));
        Value exports = module.newInstance(imports).getMember("exports");
        runtime = context.getBindings("wasmroutines").getMember("runtime");
        memory = exports.getMember("memory");
        player = exports.getMember("player");
        nop = exports.getMember("nop");
        client = exports.getMember("client");
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        context.close();
        host.shutdownNow();
    }

    /** Two wasm threads, {@link #ROUNDS} turns each: 2 × ROUNDS hand-offs through wait/notify. */
    @Benchmark
    @OperationsPerInvocation(2 * ROUNDS)
    public void waitNotifyPingPong() {
        memory.writeBufferInt(java.nio.ByteOrder.LITTLE_ENDIAN, 0, 1);
        runtime.invokeMember("spawn", player, 1, 2, ROUNDS);
        runtime.invokeMember("spawn", player, 2, 1, ROUNDS);
        runtime.invokeMember("run");
    }

    /** Spawns {@link #SPAWNS} wasm threads of an empty function and runs them to their end. */
    @Benchmark
    @OperationsPerInvocation(SPAWNS)
    public void spawnAndRun() {
        for (int i = 0; i < SPAWNS; i++) {
            runtime.invokeMember("spawn", nop);
        }
        runtime.invokeMember("run");
    }

    /**
     * One wasm thread calls an async host function {@link #ASYNC_CALLS} times; each call returns a
     * future completed on another (platform) thread, so the wasm thread suspends and is resumed
     * by the completion: score, ns per round trip.
     */
    @Benchmark
    @OperationsPerInvocation(ASYNC_CALLS)
    public int asyncHostCall() {
        Value thread = runtime.invokeMember("spawn", client, ASYNC_CALLS);
        return thread.invokeMember("join").asInt();
    }
}
