package org.wasmroutines.test.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.wasmroutines.sched.Scheduler;
import org.wasmroutines.sched.SchedulerOptions;
import org.wasmroutines.sched.ThreadState;
import org.wasmroutines.sched.WasmThread;

/** {@link Scheduler#shutDown}: blocked threads are dropped, their stacks collectable, and errors reach the carrier. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SchedulerShutDownTest {
    private final Object memory = new Object();

    /** A body that keeps {@code marker} in a local of its own (suspended) frame while it blocks in {@code block}. */
    private static Object holdWhile(Object marker, Runnable block) {
        block.run();
        return marker;
    }

    @Test
    void shutDownDropsBlockedThreadsAndTheirStacks() throws InterruptedException {
        Scheduler scheduler = new Scheduler(SchedulerOptions.realTime());
        CompletableFuture<Integer> never = new CompletableFuture<>();
        AtomicInteger continued = new AtomicInteger();
        WeakReference<Object> parked = spawnHolding(scheduler, () -> scheduler.park(memory, 8, -1));
        WeakReference<Object> awaiting = spawnHolding(scheduler, () -> {
            scheduler.awaitHostFuture(never);
            continued.incrementAndGet();
        });
        WeakReference<Object> sleeping = spawnHolding(scheduler, () -> scheduler.sleepUntil(Long.MAX_VALUE));
        WasmThread runnable = scheduler.spawn("never ran", () -> 1);
        scheduler.runUntilIdle();
        WasmThread late = scheduler.spawn("spawned last", () -> 2);
        System.gc();
        for (WeakReference<Object> marker : List.of(parked, awaiting, sleeping)) {
            assertNotNull(marker.get(), "a suspended stack holds its locals");
        }
        assertEquals(List.of(ThreadState.PARKED, ThreadState.AWAITING_HOST, ThreadState.SLEEPING, ThreadState.RUNNABLE),
                        scheduler.threads().stream().map(info -> info.state()).toList());
        assertEquals(ThreadState.FINISHED, runnable.state());

        scheduler.shutDown();
        assertTrue(scheduler.isShutDown());
        assertEquals(ThreadState.CANCELLED, late.state());
        assertTrue(late.isEnded());
        assertEquals(List.of(), scheduler.threads());
        for (WeakReference<Object> marker : List.of(parked, awaiting, sleeping)) {
            while (marker.get() != null) {
                System.gc();
                Thread.sleep(10);
            }
        }
        assertTrue(never.complete(5), "completing a dropped thread's future");
        assertEquals(0, continued.get());
        assertThrows(IllegalStateException.class, scheduler::runUntilAllDone);
        assertThrows(IllegalStateException.class, () -> scheduler.spawn(() -> 3));
        scheduler.shutDown(); // twice is fine
    }

    private WeakReference<Object> spawnHolding(Scheduler scheduler, Runnable block) {
        Object marker = new Object();
        scheduler.spawn(() -> holdWhile(marker, block));
        return new WeakReference<>(marker);
    }

    @Test
    void anErrorEndingAThreadIsRethrownOnTheCarrier() {
        Scheduler scheduler = new Scheduler(SchedulerOptions.realTime());
        OutOfMemoryError error = new OutOfMemoryError("test");
        WasmThread failing = scheduler.spawn(() -> {
            throw error;
        });
        WasmThread other = scheduler.spawn(() -> 7);
        assertSame(error, assertThrows(OutOfMemoryError.class, scheduler::runUntilAllDone));
        assertEquals(ThreadState.FAILED, failing.state());
        assertEquals(7, scheduler.join(other), "the scheduler goes on if the host lets it");
    }

    @Test
    void anExceptionEndingAThreadStaysInIt() {
        Scheduler scheduler = new Scheduler(SchedulerOptions.realTime());
        WasmThread failing = scheduler.spawn(() -> {
            throw new IllegalArgumentException("a trap");
        });
        scheduler.runUntilAllDone();
        assertEquals(ThreadState.FAILED, failing.state());
    }
}
