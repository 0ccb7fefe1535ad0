package org.wasmroutines.test.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.wasmroutines.sched.Scheduler;
import org.wasmroutines.sched.SchedulerCounters;
import org.wasmroutines.sched.SchedulerOptions;
import org.wasmroutines.sched.ThreadFailedException;
import org.wasmroutines.sched.ThreadInfo;
import org.wasmroutines.sched.ThreadState;
import org.wasmroutines.sched.WakeResult;
import org.wasmroutines.sched.WasmThread;

/** The scheduler's API on the default (FIFO, real clock) mode: park/unpark, yield, join, spawn, listings. */
class SchedulerTest {
    private final Object memory = new Object() {
        @Override
        public String toString() {
            return "memory 0";
        }
    };

    /** Two threads hand a turn back and forth the way wasm code does with wait/notify on one address. */
    @Test
    void pingPongThroughParkAndUnpark() {
        Scheduler scheduler = new Scheduler(SchedulerOptions.realTime());
        int rounds = 1000;
        int[] turn = {0};
        StringBuilder log = new StringBuilder();
        for (int me = 0; me < 2; me++) {
            int self = me;
            scheduler.spawn(me == 0 ? "ping" : "pong", () -> {
                for (int i = 0; i < rounds; i++) {
                    while (turn[0] != self) {
                        scheduler.park(memory, 0, -1);
                    }
                    log.append(self);
                    turn[0] = 1 - self;
                    scheduler.unpark(memory, 0, 1);
                }
                return null;
            });
        }
        scheduler.runUntilAllDone();
        assertEquals("01".repeat(rounds), log.toString());
        SchedulerCounters counters = scheduler.counters();
        assertEquals(2, counters.spawned());
        assertEquals(0, counters.live());
        assertEquals(0, counters.parked());
        assertTrue(counters.switches() >= 2 * rounds, "one switch per hand-off at least: " + counters);
    }

    @Test
    void unparkWakesInFifoOrderAndCountsWhomItWoke() {
        Scheduler scheduler = new Scheduler(SchedulerOptions.realTime());
        List<Integer> woken = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            int n = i;
            scheduler.spawn(() -> {
                assertEquals(WakeResult.WOKEN, scheduler.park(memory, 16, -1));
                woken.add(n);
                return null;
            });
        }
        scheduler.runUntilIdle();
        assertEquals(5, scheduler.counters().parked());
        assertEquals(0, scheduler.unpark(memory, 20, 5), "another address has no waiters");
        assertEquals(0, scheduler.unpark(new Object(), 16, 5), "another memory has no waiters");
        assertEquals(0, scheduler.unpark(memory, 16, 0), "count 0 wakes nobody");
        assertEquals(2, scheduler.unpark(memory, 16, 2));
        scheduler.runUntilIdle();
        assertEquals(List.of(1, 2), woken);
        assertEquals(3, scheduler.unpark(memory, 16, 0xFFFF_FFFFL), "asks for 2^32-1, wakes the three left");
        scheduler.runUntilAllDone();
        assertEquals(List.of(1, 2, 3, 4, 5), woken);
        assertEquals(0, scheduler.unpark(memory, 16, 1));
    }

    /** Queues come and go with their waiters; after many addresses, old ones still work. */
    @Test
    void manyAddressesComeAndGo() {
        Scheduler scheduler = new Scheduler(SchedulerOptions.realTime());
        int count = 500;
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < count; i++) {
                long address = 4L * i;
                scheduler.spawn(() -> scheduler.park(memory, address, -1));
            }
            scheduler.runUntilIdle();
            assertEquals(count, scheduler.counters().parked());
            for (int i = count - 1; i >= 0; i--) {
                assertEquals(1, scheduler.unpark(memory, 4L * i, 1), "address " + 4L * i);
            }
            scheduler.runUntilAllDone();
            assertEquals(0, scheduler.counters().parked());
        }
    }

    @Test
    void timedParkTimesOutOrIsWokenFirst() {
        Scheduler scheduler = new Scheduler(SchedulerOptions.realTime());
        WasmThread timesOut = scheduler.spawn(() -> scheduler.park(memory, 0, 1_000_000));
        WasmThread immediate = scheduler.spawn(() -> scheduler.park(memory, 0, 0));
        WasmThread wokenEarly = scheduler.spawn(() -> scheduler.park(memory, 8, 3_600_000_000_000L));
        scheduler.spawn(() -> scheduler.unpark(memory, 8, 1));
        scheduler.runUntilAllDone();
        assertEquals(WakeResult.TIMED_OUT, timesOut.result());
        assertEquals(WakeResult.TIMED_OUT, immediate.result());
        assertEquals(WakeResult.WOKEN, wokenEarly.result());
    }

    @Test
    void tenThousandFibersMeetAtABarrier() {
        Scheduler scheduler = new Scheduler(SchedulerOptions.realTime());
        int count = 10_000;
        int[] arrived = {0};
        long[] sum = {0};
        for (int i = 0; i < count; i++) {
            int n = i;
            scheduler.spawn(() -> {
                scheduler.yieldNow();
                if (++arrived[0] == count) {
                    scheduler.unpark(memory, 0, count);
                } else {
                    scheduler.park(memory, 0, -1);
                }
                scheduler.yieldNow();
                sum[0] += n;
                return n;
            });
        }
        scheduler.runUntilAllDone();
        assertEquals((long) count * (count - 1) / 2, sum[0]);
        assertEquals(count, scheduler.counters().spawned());
        assertEquals(0, scheduler.counters().live());
    }

    @Test
    void idsAreUniqueAndPositiveAndSpawnWorksFromInsideAThread() {
        Scheduler scheduler = new Scheduler(SchedulerOptions.realTime());
        List<WasmThread> children = new ArrayList<>();
        WasmThread parent = scheduler.spawn("parent", () -> {
            for (int i = 0; i < 3; i++) {
                children.add(scheduler.spawn(() -> scheduler.current().id()));
            }
            int total = 0;
            for (WasmThread child : children) {
                total += (Integer) scheduler.join(child);
            }
            return total;
        });
        scheduler.runUntilAllDone();
        Set<Integer> ids = new HashSet<>();
        ids.add(parent.id());
        for (WasmThread child : children) {
            assertTrue(child.id() > 0);
            ids.add(child.id());
        }
        assertEquals(4, ids.size());
        assertEquals(2 + 3 + 4, parent.result());
    }

    @Test
    void joinReturnsTheResultOrRethrowsTheFailure() {
        Scheduler scheduler = new Scheduler(SchedulerOptions.realTime());
        IllegalArgumentException trap = new IllegalArgumentException("integer divide by zero");
        WasmThread fails = scheduler.spawn("fails", () -> {
            scheduler.yieldNow();
            throw trap;
        });
        WasmThread joiner = scheduler.spawn("joiner", () -> {
            ThreadFailedException e = assertThrows(ThreadFailedException.class, () -> scheduler.join(fails));
            return e.getCause();
        });
        WasmThread answers = scheduler.spawn(() -> 42);
        assertEquals(42, scheduler.join(answers), "the host's join runs the scheduler until the thread ends");
        scheduler.runUntilAllDone();
        assertSame(trap, joiner.result());
        assertEquals(ThreadState.FAILED, fails.state());
        assertSame(trap, assertThrows(ThreadFailedException.class, () -> scheduler.join(fails)).getCause());
    }

    @Test
    void listsThreadsWithStateAndWhatTheyWaitOn() {
        Scheduler scheduler = new Scheduler(SchedulerOptions.realTime());
        WasmThread parked = scheduler.spawn("parked", () -> scheduler.park(memory, 0x40, -1));
        WasmThread sleeper = scheduler.spawn("sleeper", () -> {
            scheduler.sleepUntil(scheduler.now() + 3_600_000_000_000L);
            return null;
        });
        scheduler.spawn("joiner", () -> scheduler.join(parked));
        scheduler.spawn("ready", () -> null);
        scheduler.step();
        scheduler.step();
        scheduler.step();
        List<ThreadInfo> threads = scheduler.threads();
        assertEquals(4, threads.size());
        assertEquals("thread 1 \"parked\" PARKED on address 0x40 of memory 0", threads.get(0).toString());
        assertEquals(ThreadState.SLEEPING, threads.get(1).state());
        assertEquals("thread 1", threads.get(2).waitingOn());
        assertEquals(ThreadState.RUNNABLE, threads.get(3).state());
        assertEquals("", threads.get(3).waitingOn());
        SchedulerCounters counters = scheduler.counters();
        assertEquals(1, counters.parked());
        assertEquals(1, counters.runnable());
        assertEquals(4, counters.live());
        scheduler.unpark(memory, 0x40, 1);
        scheduler.runUntilIdle();
        assertEquals(List.of(sleeper.id()), scheduler.threads().stream().map(ThreadInfo::id).toList());
    }

    @Test
    void blockingOperationsBelongInsideAWasmThread() {
        Scheduler scheduler = new Scheduler(SchedulerOptions.realTime());
        assertThrows(IllegalStateException.class, () -> scheduler.park(memory, 0, -1));
        assertThrows(IllegalStateException.class, scheduler::yieldNow);
        WasmThread nested = scheduler.spawn(() -> {
            scheduler.runUntilAllDone();
            return null;
        });
        scheduler.runUntilAllDone();
        assertInstanceOf(IllegalStateException.class, nested.failure());
    }
}
