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
 * Steady-state speed of small kernels: recursion (fib), a loop with integer bit work, an
 * insertion sort in linear memory, a {@code call_indirect} dispatch loop, f64 math, and one call
 * from the host into wasm ({@link #callIn}), on
 * Wasmroutines and on GraalWasm in the same JVM. {@code engine}:
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
                        (local.get $acc))
                      ;; memory-heavy: fills n i32s from an LCG, insertion-sorts them, returns a checksum
                      (memory 1)
                      (func (export "sort") (param $n i32) (result i32)
                        (local $i i32) (local $j i32) (local $x i32) (local $seed i32) (local $sum i32)
                        (local.set $seed (i32.const 12345))
                        (block $filled (loop $fill
                          (br_if $filled (i32.ge_u (local.get $i) (local.get $n)))
                          (local.set $seed (i32.add (i32.mul (local.get $seed) (i32.const 1103515245)) (i32.const 12345)))
                          (i32.store (i32.shl (local.get $i) (i32.const 2)) (i32.shr_u (local.get $seed) (i32.const 8)))
                          (local.set $i (i32.add (local.get $i) (i32.const 1)))
                          (br $fill)))
                        (local.set $i (i32.const 1))
                        (block $sorted (loop $outer
                          (br_if $sorted (i32.ge_u (local.get $i) (local.get $n)))
                          (local.set $x (i32.load (i32.shl (local.get $i) (i32.const 2))))
                          (local.set $j (local.get $i))
                          (block $placed (loop $shift
                            (br_if $placed (i32.eqz (local.get $j)))
                            (br_if $placed (i32.le_u (i32.load (i32.shl (i32.sub (local.get $j) (i32.const 1)) (i32.const 2))) (local.get $x)))
                            (i32.store (i32.shl (local.get $j) (i32.const 2)) (i32.load (i32.shl (i32.sub (local.get $j) (i32.const 1)) (i32.const 2))))
                            (local.set $j (i32.sub (local.get $j) (i32.const 1)))
                            (br $shift)))
                          (i32.store (i32.shl (local.get $j) (i32.const 2)) (local.get $x))
                          (local.set $i (i32.add (local.get $i) (i32.const 1)))
                          (br $outer)))
                        (local.set $i (i32.const 0))
                        (block $summed (loop $sum
                          (br_if $summed (i32.ge_u (local.get $i) (local.get $n)))
                          (local.set $sum (i32.add (i32.mul (local.get $sum) (i32.const 31))
                                                   (i32.load (i32.shl (local.get $i) (i32.const 2)))))
                          (local.set $i (i32.add (local.get $i) (i32.const 1)))
                          (br $sum)))
                        (local.get $sum))
                      ;; indirect calls in a dispatch loop: op i&3 of a table of four
                      (type $op (func (param i64 i32) (result i64)))
                      (table 4 funcref)
                      (elem (i32.const 0) $op_add $op_xor $op_mul $op_rot)
                      (func $op_add (type $op) (i64.add (local.get 0) (i64.extend_i32_u (local.get 1))))
                      (func $op_xor (type $op) (i64.xor (local.get 0) (i64.const 0x5DEECE66D)))
                      (func $op_mul (type $op) (i64.mul (local.get 0) (i64.const 6364136223846793005)))
                      (func $op_rot (type $op) (i64.rotl (local.get 0) (i64.extend_i32_u (local.get 1))))
                      (func (export "dispatch") (param $n i32) (result i64)
                        (local $i i32) (local $acc i64)
                        (block $done (loop $next
                          (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
                          (local.set $acc (call_indirect (type $op) (local.get $acc) (local.get $i)
                                                         (i32.and (local.get $i) (i32.const 3))))
                          (local.set $i (i32.add (local.get $i) (i32.const 1)))
                          (br $next)))
                        (local.get $acc))
                      ;; f64 math: a damped oscillator integrated with sqrt and division
                      (func (export "f64_math") (param $n i32) (result f64)
                        (local $i i32) (local $x f64) (local $v f64) (local $t f64)
                        (local.set $x (f64.const 1))
                        (block $done (loop $next
                          (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
                          (local.set $t (f64.convert_i32_u (local.get $i)))
                          (local.set $v (f64.sub (f64.mul (local.get $v) (f64.const 0.999))
                                                 (f64.mul (local.get $x) (f64.const 0.001))))
                          (local.set $x (f64.add (local.get $x)
                                                 (f64.div (f64.mul (local.get $v) (f64.sqrt (f64.add (local.get $t) (f64.const 1))))
                                                          (f64.add (local.get $t) (f64.const 100)))))
                          (local.set $i (i32.add (local.get $i) (i32.const 1)))
                          (br $next)))
                        (local.get $x))
                      ;; one call from the host into wasm: hostcall's mix, as callin.wat exports it
                      (func (export "mix") (param $h i32) (param $i i32) (result i32)
                        (i32.xor (i32.add (i32.mul (local.get $h) (i32.const 31)) (local.get $i))
                                 (i32.shr_u (local.get $h) (i32.const 3)))))
                    """;

    @Param({"jit", "interpreter", "graalwasm-jit", "graalwasm-interpreter"})
    public String engine;

    private Context context;
    private Value fib;
    private Value sumLoop;
    private Value sort;
    private Value dispatch;
    private Value f64Math;
    private Value mix;
    /** The previous {@link #callIn} result, the next call's first argument. */
    private int mixed = 17;
    private int calls;

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
        sort = exports.getMember("sort");
        dispatch = exports.getMember("dispatch");
        f64Math = exports.getMember("f64_math");
        mix = exports.getMember("mix");
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

    @Benchmark
    public int sort1k() {
        return sort.execute(1000).asInt();
    }

    @Benchmark
    public long dispatch100k() {
        return dispatch.execute(100_000).asLong();
    }

    @Benchmark
    public double f64math100k() {
        return f64Math.execute(100_000).asDouble();
    }

    /** One call from Java into a small exported function through {@link Value#execute}, as an embedder makes it. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public int callIn() {
        mixed = mix.execute(mixed, calls++).asInt();
        return mixed;
    }
}
