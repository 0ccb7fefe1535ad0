package org.wasmroutines.bench;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.wasmroutines.sched.ContinuationBackend;
import org.wasmroutines.sched.Fiber;
import org.wasmroutines.sched.FiberBackend;
import org.wasmroutines.sched.Scheduler;
import org.wasmroutines.sched.SchedulerOptions;
import org.wasmroutines.sched.WasmThread;

/**
 * The coroutine runtime on its own, without wasm: what a hand-off between two wasm threads costs
 * (the floor under {@code memory.atomic.wait}/{@code notify} ping-pong; goal at most 100 ns per
 * switch, Go's goroutine hand-off is 122 ns on our machine), what spawning a thread costs (goal at
 * most 2 µs), and what the preemption check adds to a loop iteration. Scores are per operation
 * (switch, thread, iteration). Run with {@code benchmarks/run SchedulerBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "--add-exports=java.base/jdk.internal.vm=ALL-UNNAMED")
public class SchedulerBenchmark {
    static final int HAND_OFFS = 100_000;
    static final int SPAWNS = 10_000;
    static final int SPINS = 10_000_000;

    private final Object memory = new Object();

    @Param({"realtime", "deterministic"})
    public String mode;

    private Scheduler newScheduler() {
        return new Scheduler(mode.equals("deterministic") ? SchedulerOptions.deterministic(1) : SchedulerOptions.realTime());
    }

    /** Two threads pass a turn by park/unpark on one address: one switch per hand-off. */
    @Benchmark
    @OperationsPerInvocation(2 * HAND_OFFS)
    public long pingPong() {
        Scheduler scheduler = newScheduler();
        int[] turn = {0};
        for (int me = 0; me < 2; me++) {
            int self = me;
            scheduler.spawn(() -> {
                for (int i = 0; i < HAND_OFFS; i++) {
                    while (turn[0] != self) {
                        scheduler.park(memory, 0, -1);
                    }
                    turn[0] = 1 - self;
                    scheduler.unpark(memory, 0, 1);
                }
                return null;
            });
        }
        scheduler.runUntilAllDone();
        return scheduler.counters().switches();
    }

    /**
     * The floor under {@link #pingPong()}: one fiber that suspends and is resumed again, with no
     * scheduler around it (one yield and one resume of a bare JDK continuation per operation).
     */
    @Benchmark
    @OperationsPerInvocation(HAND_OFFS)
    public int bareSuspendResume() {
        FiberBackend backend = ContinuationBackend.load();
        Fiber fiber = backend.create(() -> {
            for (int i = 0; i < HAND_OFFS; i++) {
                backend.suspendCurrent();
            }
        });
        int resumes = 0;
        while (!fiber.resume()) {
            resumes++;
        }
        return resumes;
    }

    /** Spawn, first run and end of a thread whose body returns at once. */
    @Benchmark
    @OperationsPerInvocation(SPAWNS)
    public long spawnRunAndEnd() {
        Scheduler scheduler = newScheduler();
        for (int i = 0; i < SPAWNS; i++) {
            scheduler.spawn(() -> null);
        }
        scheduler.runUntilAllDone();
        return scheduler.counters().spawned();
    }

    /** A loop with the preemption check at its back-edge (the budget large enough to rarely yield). */
    @Benchmark
    @OperationsPerInvocation(SPINS)
    public long loopWithPreemptionCheck() {
        Scheduler scheduler = newScheduler();
        WasmThread spinner = scheduler.spawn(() -> {
            WasmThread self = scheduler.current();
            long acc = 0;
            for (int i = 0; i < SPINS; i++) {
                acc += i ^ (acc >>> 3);
                self.pollPreemption();
            }
            return acc;
        });
        scheduler.runUntilAllDone();
        return (Long) spinner.result();
    }

    /** The same loop without the check, the baseline for {@link #loopWithPreemptionCheck()}. */
    @Benchmark
    @OperationsPerInvocation(SPINS)
    public long loopWithoutPreemptionCheck() {
        Scheduler scheduler = newScheduler();
        WasmThread spinner = scheduler.spawn(() -> {
            long acc = 0;
            for (int i = 0; i < SPINS; i++) {
                acc += i ^ (acc >>> 3);
            }
            return acc;
        });
        scheduler.runUntilAllDone();
        return (Long) spinner.result();
    }
}
