package org.wasmroutines.test.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wasmroutines.sched.DeadlockException;
import org.wasmroutines.sched.Scheduler;
import org.wasmroutines.sched.SchedulerOptions;
import org.wasmroutines.sched.ThreadState;
import org.wasmroutines.sched.WasmThread;

/** A spinning thread cannot starve the others; a program that can never progress is reported. */
class PreemptionAndDeadlockTest {
    private final Object memory = new Object() {
        @Override
        public String toString() {
            return "memory 0";
        }
    };

    /** The spinner polls like a loop back-edge; only preemption lets the setter ever run. */
    @ParameterizedTest(name = "deterministic={0}")
    @ValueSource(booleans = {false, true})
    void aSpinningThreadIsPreemptedSoOthersProgress(boolean deterministic) {
        SchedulerOptions options = deterministic ? SchedulerOptions.deterministic(9) : SchedulerOptions.realTime();
        Scheduler scheduler = new Scheduler(options.withPreemptionBudget(100));
        boolean[] flag = {false};
        WasmThread spinner = scheduler.spawn("spinner", () -> {
            WasmThread self = scheduler.current();
            long spins = 0;
            while (!flag[0]) {
                spins++;
                self.pollPreemption();
            }
            return spins;
        });
        scheduler.spawn("setter", () -> flag[0] = true);
        scheduler.runUntilAllDone();
        assertTrue((Long) spinner.result() > 0);
        assertTrue(scheduler.counters().switches() >= 3, "spinner, setter, spinner again");
    }

    @Test
    void deadlockListsEveryThreadWithWhatItWaitsOnAndItsStack() {
        Scheduler scheduler = new Scheduler(SchedulerOptions.realTime());
        scheduler.setStackDescriber(thread -> List.of("$worker_" + thread.id(), "$main"));
        WasmThread waiter = scheduler.spawn("waiter", () -> scheduler.park(memory, 0x10, -1));
        scheduler.spawn("joiner", () -> scheduler.join(waiter));
        scheduler.spawn("finisher", () -> null);
        DeadlockException e = assertThrows(DeadlockException.class, scheduler::runUntilAllDone);
        assertEquals("""
                        all wasm threads are blocked (deadlock)

                        thread 1 "waiter" PARKED on address 0x10 of memory 0
                            at $worker_1
                            at $main

                        thread 2 "joiner" JOINING on thread 1
                            at $worker_2
                            at $main
                        """, e.getMessage());
        assertEquals(2, e.threads().size());
    }

    @Test
    void threadsJoiningEachOtherDeadlockInDeterministicModeToo() {
        Scheduler scheduler = new Scheduler(SchedulerOptions.deterministic(3));
        WasmThread[] threads = new WasmThread[2];
        threads[0] = scheduler.spawn("a", () -> scheduler.join(threads[1]));
        threads[1] = scheduler.spawn("b", () -> scheduler.join(threads[0]));
        DeadlockException e = assertThrows(DeadlockException.class, scheduler::runUntilAllDone);
        assertTrue(e.getMessage().startsWith(DeadlockException.HEADLINE), e.getMessage());
        assertEquals(ThreadState.JOINING, e.threads().get(0).state());
    }

    @Test
    void aPendingTimerIsNotADeadlock() {
        Scheduler scheduler = new Scheduler(SchedulerOptions.deterministic(3));
        WasmThread sleeper = scheduler.spawn(() -> {
            scheduler.sleepUntil(1_000);
            return scheduler.unpark(memory, 0, 1);
        });
        WasmThread waiter = scheduler.spawn(() -> scheduler.park(memory, 0, -1));
        scheduler.runUntilAllDone();
        assertEquals(1, sleeper.result());
        assertEquals(ThreadState.FINISHED, waiter.state());
    }
}
