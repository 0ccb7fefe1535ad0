package org.wasmroutines.bench;

import java.util.concurrent.TimeUnit;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.io.ByteSequence;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.wasmroutines.text.WatParser;

/**
 * Steady-state speed of two small kernels: a recursive one (calls) and a loop one (back-edges,
 * locals, arithmetic), on Wasmroutines and on GraalWasm in the same JVM. {@code engine}:
 * {@code jit} / {@code interpreter} run Wasmroutines with the Graal JIT or with
 * {@code engine.Compilation=false}; {@code graalwasm-jit} / {@code graalwasm-interpreter} the same
 * for GraalWasm (language id {@code wasm}) on the identical binary. Run through
 * {@code benchmarks/run}, which starts the JVM with JVMCI and the compiler jars.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class KernelBenchmark {
    static final String KERNELS = """
                    (module
                      (func $fib (export "fib") (param $n i32) (result i32)
                        (if (result i32) (i32.lt_s (local.get $n) (i32.const 2))
                          (then (local.get $n))
                          (else (i32.add (call $fib (i32.sub (local.get $n) (i32.const 1)))
                                         (call $fib (i32.sub (local.get $n) (i32.const 2)))))))
                      (func (export "sum_loop") (param $n i32) (result i64)
                        (local $i i32) (local $acc i64)
                        (block $done
                          (loop $next
                            (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
                            (local.set $acc (i64.add (local.get $acc)
                              (i64.extend_i32_u (i32.xor (i32.mul (local.get $i) (i32.const 0x9E3779B1))
                                                         (i32.shr_u (local.get $i) (i32.const 7))))))
                            (local.set $i (i32.add (local.get $i) (i32.const 1)))
                            (br $next)))
                        (local.get $acc)))
                    """;

    @Param({"jit", "interpreter", "graalwasm-jit", "graalwasm-interpreter"})
    public String engine;

    private Context context;
    private Value fib;
    private Value sumLoop;

    @Setup(Level.Trial)
    public void setUp() {
        String language = engine.startsWith("graalwasm") ? "wasm" : "wasmroutines";
        context = Context.newBuilder(language).allowExperimentalOptions(true)
                        .option("engine.Compilation", String.valueOf(engine.endsWith("jit")))
                        .build();
        // Both engines get the same binary, made by our text-format compiler.
        byte[] binary = WatParser.parseModule(KERNELS);
        Value module = context.eval(Source.newBuilder(language, ByteSequence.create(binary), "kernels.wasm").buildLiteral());
        Value exports = module.newInstance().getMember("exports");
        fib = exports.getMember("fib");
        sumLoop = exports.getMember("sum_loop");
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        context.close();
    }

    @Benchmark
    public int fib20() {
        return fib.execute(20).asInt();
    }

    @Benchmark
    public long loop100k() {
        return sumLoop.execute(100_000).asLong();
    }
}
