package org.wasmroutines.test.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wasmroutines.sched.Scheduler;
import org.wasmroutines.sched.SchedulerOptions;
import org.wasmroutines.sched.WakeResult;
import org.wasmroutines.sched.WasmThread;

/** Seeded scheduling: virtual time, replay of a seed, exploration across seeds, the trace. */
class DeterministicSchedulerTest {
    private static final long TEN_MINUTES = 600_000_000_000L;

    private final Object memory = new Object();

    @Test
    void virtualTimeJumpsWhenEveryoneSleeps() {
        Scheduler scheduler = new Scheduler(SchedulerOptions.deterministic(1));
        WasmThread sleeper = scheduler.spawn(() -> {
            scheduler.sleepUntil(scheduler.now() + TEN_MINUTES);
            return scheduler.now();
        });
        WasmThread timedWait = scheduler.spawn(() -> scheduler.park(memory, 0, 2 * TEN_MINUTES));
        scheduler.runUntilAllDone();
        assertEquals(TEN_MINUTES, sleeper.result());
        assertEquals(WakeResult.TIMED_OUT, timedWait.result());
        assertEquals(2 * TEN_MINUTES, scheduler.now());
    }

    @Test
    void aCancelledTimeoutDoesNotMoveTheClock() {
        Scheduler scheduler = new Scheduler(SchedulerOptions.deterministic(1));
        WasmThread waiter = scheduler.spawn(() -> scheduler.park(memory, 0, TEN_MINUTES));
        scheduler.spawn(() -> {
            scheduler.sleepUntil(5);
            return scheduler.unpark(memory, 0, 1);
        });
        scheduler.runUntilAllDone();
        assertEquals(WakeResult.WOKEN, waiter.result());
        assertEquals(5, scheduler.now());
    }

    @Test
    void manyCancelledTimeoutsNeverFire() {
        Scheduler scheduler = new Scheduler(SchedulerOptions.deterministic(2));
        int count = 300;
        for (int i = 0; i < count; i++) {
            long address = i;
            scheduler.spawn(() -> scheduler.park(memory, address, TEN_MINUTES + address));
        }
        scheduler.runUntilIdle();
        for (int i = 0; i < count; i++) {
            assertEquals(1, scheduler.unpark(memory, i, 1));
        }
        WasmThread sleeper = scheduler.spawn(() -> {
            scheduler.sleepUntil(10);
            return scheduler.now();
        });
        scheduler.runUntilAllDone();
        assertEquals(10L, sleeper.result());
        assertEquals(10, scheduler.now());
    }

    @Test
    void theSameSeedReplaysTheSameSchedule() {
        Run first = runRacyProgram(42);
        Run second = runRacyProgram(42);
        assertEquals(first.output, second.output);
        assertEquals(first.trace, second.trace);
        assertTrue(first.trace.lines().count() > 20, "the budget forces many switches:\n" + first.trace);
    }

    @Test
    void differentSeedsExploreDifferentInterleavings() {
        Set<String> outputs = new HashSet<>();
        for (long seed = 1; seed <= 8; seed++) {
            outputs.add(runRacyProgram(seed).output);
        }
        assertTrue(outputs.size() >= 4, "8 seeds gave only " + outputs.size() + " interleavings");
    }

    @Test
    void theScheduleCanBeWrittenToAFile(@TempDir Path dir) throws IOException {
        Run run = runRacyProgram(7);
        Path file = dir.resolve("schedule.txt");
        run.scheduler.writeTrace(file);
        String text = Files.readString(file);
        assertEquals(run.trace, text);
        assertTrue(text.startsWith("0 spawn 1 by host\n"), text);
        assertTrue(text.contains(" run 3 exit\n"), text);
    }

    @Test
    void seededRandomBytesRepeatWithTheSeed() {
        byte[] a = new byte[13];
        byte[] b = new byte[13];
        byte[] c = new byte[13];
        new Scheduler(SchedulerOptions.deterministic(3)).randomBytes(a);
        new Scheduler(SchedulerOptions.deterministic(3)).randomBytes(b);
        new Scheduler(SchedulerOptions.deterministic(4)).randomBytes(c);
        assertEquals(java.util.Arrays.toString(a), java.util.Arrays.toString(b));
        assertNotEquals(java.util.Arrays.toString(a), java.util.Arrays.toString(c));
    }

    private record Run(String output, String trace, Scheduler scheduler) {
    }

    /**
     * Three threads append to one log with no synchronization but preemption checks, like a data
     * race in wasm: the log's interleaving is whatever the schedule makes it.
     */
    private static Run runRacyProgram(long seed) {
        Scheduler scheduler = new Scheduler(SchedulerOptions.deterministic(seed).withPreemptionBudget(3).withTrace(true));
        StringBuilder log = new StringBuilder();
        for (int t = 0; t < 3; t++) {
            char letter = (char) ('a' + t);
            scheduler.spawn(() -> {
                WasmThread self = scheduler.current();
                for (int i = 0; i < 20; i++) {
                    log.append(letter);
                    self.pollPreemption();
                }
                return null;
            });
        }
        scheduler.runUntilAllDone();
        return new Run(log.toString(), scheduler.trace(), scheduler);
    }
}
