package org.wasmroutines.bench;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;
import org.graalvm.polyglot.proxy.ProxyObject;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What closing a context costs when its wasm threads are still blocked: {@code blocked} threads,
 * half parked in {@code memory.atomic.wait}, half awaiting host futures that never complete, are
 * set up before each invocation; the score is the time of {@code context.close()} alone (µs).
 * Compare {@code blocked=0} (a context with no threads) with the others for the cost per dropped
 * thread. Run with {@code benchmarks/run ContextCloseBenchmark}, JIT on.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class ContextCloseBenchmark {
    static final String PROGRAM = """
                    (module
                      (import "host" "never" (func $never (result i32)))
                      (memory 1 1 shared)
                      (func (export "wait") (result i32) (memory.atomic.wait32 (i32.const 0) (i32.const 0) (i64.const -1)))
                      (func (export "await") (result i32) (call $never)))
                    """;

    @Param({"0", "1000", "10000"})
    public int blocked;

    private Engine engine;
    private Source source;
    private Context context;

    @Setup(Level.Trial)
    public void setUpEngine() {
        engine = Engine.create("wasmroutines");
        source = Source.newBuilder("wasmroutines", PROGRAM, "close.wat").mimeType("text/x-wat").buildLiteral();
    }

    @Setup(Level.Invocation)
    public void blockThreads() {
        context = Context.newBuilder("wasmroutines").engine(engine).build();
        ProxyExecutable never = args -> new CompletableFuture<Integer>();
        Value exports = context.eval(source).newInstance(ProxyObject.fromMap(Map.of("host", ProxyObject.fromMap(Map.of("never", never)))))
                        .getMember("exports");
        Value runtime = context.getBindings("wasmroutines").getMember("runtime");
        Value wait = exports.getMember("wait");
        Value await = exports.getMember("await");
        for (int i = 0; i < blocked; i++) {
            runtime.invokeMember("spawn", i % 2 == 0 ? wait : await);
        }
        runtime.invokeMember("runUntilIdle");
        if (runtime.getMember("counters").getMember("live").asInt() != blocked) {
            throw new IllegalStateException("the threads did not all block");
        }
    }

    @Benchmark
    public void close() {
        context.close();
    }

    @TearDown(Level.Trial)
    public void tearDownEngine() {
        engine.close();
    }
}
