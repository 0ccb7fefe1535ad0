package org.wasmroutines.test.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wasmroutines.sched.Scheduler;
import org.wasmroutines.sched.SchedulerOptions;
import org.wasmroutines.sched.ThreadState;
import org.wasmroutines.sched.WasmThread;

/** A host future suspends only the thread that awaits it, and may complete on any Java thread. */
class HostFutureTest {
    private static Scheduler scheduler(boolean deterministic) {
        return new Scheduler(deterministic ? SchedulerOptions.deterministic(5) : SchedulerOptions.realTime());
    }

    @ParameterizedTest(name = "deterministic={0}")
    @ValueSource(booleans = {false, true})
    void completedOnAnotherJavaThreadWhileOthersRun(boolean deterministic) throws InterruptedException {
        Scheduler scheduler = scheduler(deterministic);
        CompletableFuture<String> future = new CompletableFuture<>();
        CountDownLatch awaiting = new CountDownLatch(1);
        WasmThread caller = scheduler.spawn("caller", () -> {
            awaiting.countDown();
            return scheduler.awaitHostFuture(future) + "!";
        });
        int[] progress = {0};
        WasmThread other = scheduler.spawn("other", () -> {
            for (int i = 0; i < 100; i++) {
                progress[0]++;
                scheduler.yieldNow();
            }
            return null;
        });
        scheduler.runUntilIdle();
        assertEquals(100, progress[0], "the other thread ran to the end while the caller waited");
        assertEquals(ThreadState.FINISHED, other.state());
        assertEquals(ThreadState.AWAITING_HOST, caller.state());
        assertEquals(1, scheduler.counters().pendingHostFutures());

        Thread completer = new Thread(() -> future.complete("from " + Thread.currentThread().getName()), "host-io");
        awaiting.await();
        completer.start();
        assertEquals("from host-io!", scheduler.join(caller));
        completer.join();
        assertEquals(0, scheduler.counters().pendingHostFutures());
    }

    @ParameterizedTest(name = "deterministic={0}")
    @ValueSource(booleans = {false, true})
    void aFailedFutureThrowsInTheAwaitingThread(boolean deterministic) {
        Scheduler scheduler = scheduler(deterministic);
        IllegalStateException failure = new IllegalStateException("host said no");
        WasmThread caller = scheduler.spawn(() -> {
            try {
                return scheduler.awaitHostFuture(CompletableFuture.supplyAsync(() -> {
                    throw failure;
                }));
            } catch (IllegalStateException e) {
                return e;
            }
        });
        scheduler.runUntilAllDone();
        assertSame(failure, caller.result());
    }

    @ParameterizedTest(name = "deterministic={0}")
    @ValueSource(booleans = {false, true})
    void manyAwaitsOnManyThreads(boolean deterministic) {
        Scheduler scheduler = scheduler(deterministic);
        int count = 200;
        long[] total = {0};
        for (int i = 0; i < count; i++) {
            int n = i;
            scheduler.spawn(() -> {
                // Await first, then add: "total[0] += await(...)" would read total before suspending.
                int value = scheduler.awaitHostFuture(CompletableFuture.supplyAsync(() -> n));
                return total[0] += value;
            });
        }
        scheduler.runUntilAllDone();
        assertEquals((long) count * (count - 1) / 2, total[0]);
    }

    @org.junit.jupiter.api.Test
    void deterministicModeDeliversInAwaitOrder() throws InterruptedException {
        Scheduler scheduler = scheduler(true);
        CompletableFuture<Integer> first = new CompletableFuture<>();
        CompletableFuture<Integer> second = new CompletableFuture<>();
        StringBuilder order = new StringBuilder();
        scheduler.spawn(() -> order.append(scheduler.awaitHostFuture(first)));
        scheduler.spawn(() -> order.append(scheduler.awaitHostFuture(second)));
        scheduler.runUntilIdle();
        Thread host = new Thread(() -> {
            second.complete(2);
            first.complete(1);
        });
        host.start();
        host.join();
        scheduler.runUntilAllDone();
        assertEquals("12", order.toString(), "the host completed 2 first, but 1 was awaited first");
        assertTrue(scheduler.counters().switches() >= 4);
    }

    /**
     * {@code runRound} (what JavaScript's {@code await runtime.runAsync()} runs between its jobs)
     * blocks the carrier until a pending future completes, at most for its bound, in both modes: a
     * round that returned at once would make the host's event loop spin while the future is out.
     */
    @ParameterizedTest(name = "deterministic={0}")
    @ValueSource(booleans = {false, true})
    void aRoundWaitsForAPendingFutureUpToItsBound(boolean deterministic) throws InterruptedException {
        Scheduler scheduler = scheduler(deterministic);
        CompletableFuture<Integer> future = new CompletableFuture<>();
        WasmThread caller = scheduler.spawn("caller", () -> scheduler.awaitHostFuture(future) + 1);
        assertTrue(scheduler.runRound(0), "a round without a wait returns while the future is out");
        assertEquals(ThreadState.AWAITING_HOST, caller.state());
        Thread completer = new Thread(() -> {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            future.complete(41);
        }, "host-io");
        completer.start();
        assertFalse(scheduler.runRound(TimeUnit.MINUTES.toNanos(5)), "the round waited for the completion and ran the thread to its end");
        assertEquals(42, caller.result());
        completer.join();
    }

    @org.junit.jupiter.api.Test
    void awaitingFromTheHostSideIsRefused() {
        Scheduler scheduler = scheduler(false);
        assertThrows(IllegalStateException.class, () -> scheduler.awaitHostFuture(CompletableFuture.completedFuture(1)));
    }
}
