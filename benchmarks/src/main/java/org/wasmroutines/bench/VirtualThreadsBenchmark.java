package org.wasmroutines.bench;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The JDK's virtual threads doing what {@link WasmThreadsBenchmark} does with wasm threads, for
 * the side-by-side table of {@code benchmarks/green-threads}: a park/unpark hand-off between two
 * virtual threads (ns per hand-off), start and join of an empty virtual thread (ns per thread),
 * and a blocking call to a future completed on a platform thread (ns per round trip). One carrier
 * ({@code jdk.virtualThreadScheduler.parallelism=1}), like our default scheduler.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Djdk.virtualThreadScheduler.parallelism=1", "-Djdk.virtualThreadScheduler.maxPoolSize=1"})
public class VirtualThreadsBenchmark {
    static final int ROUNDS = WasmThreadsBenchmark.ROUNDS;
    static final int SPAWNS = WasmThreadsBenchmark.SPAWNS;
    static final int ASYNC_CALLS = WasmThreadsBenchmark.ASYNC_CALLS;

    private ExecutorService host;

    @Setup(Level.Trial)
    public void setUp() {
        host = Executors.newSingleThreadExecutor();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        host.shutdownNow();
    }

    /** Whose turn it is (0 or 1), and the two players; each parks until the turn is its own. */
    static final class Table {
        volatile int turn;
        final Thread[] players = new Thread[2];
    }

    /** Two virtual threads, {@link #ROUNDS} turns each: 2 × ROUNDS hand-offs through park/unpark. */
    @Benchmark
    @OperationsPerInvocation(2 * ROUNDS)
    public void parkUnparkPingPong() throws InterruptedException {
        Table table = new Table();
        for (int me = 0; me < 2; me++) {
            int self = me;
            table.players[me] = Thread.ofVirtual().unstarted(() -> {
                for (int i = 0; i < ROUNDS; i++) {
                    while (table.turn != self) {
                        LockSupport.park();
                    }
                    table.turn = 1 - self;
                    LockSupport.unpark(table.players[1 - self]);
                }
            });
        }
        table.players[0].start();
        table.players[1].start();
        table.players[0].join();
        table.players[1].join();
    }

    /** Starts {@link #SPAWNS} virtual threads of an empty body and joins them all. */
    @Benchmark
    @OperationsPerInvocation(SPAWNS)
    public void spawnAndJoin() throws InterruptedException {
        Thread[] threads = new Thread[SPAWNS];
        for (int i = 0; i < SPAWNS; i++) {
            threads[i] = Thread.ofVirtual().start(() -> {
            });
        }
        for (Thread thread : threads) {
            thread.join();
        }
    }

    /** One virtual thread waits {@link #ASYNC_CALLS} times for a value computed on a platform thread. */
    @Benchmark
    @OperationsPerInvocation(ASYNC_CALLS)
    public long asyncCallRoundTrip() throws InterruptedException {
        long[] sum = new long[1];
        Thread caller = Thread.ofVirtual().start(() -> {
            for (int i = 0; i < ASYNC_CALLS; i++) {
                int key = i;
                sum[0] += CompletableFuture.supplyAsync(() -> key * 2, host).join();
            }
        });
        caller.join();
        return sum[0];
    }
}
