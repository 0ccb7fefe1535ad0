package org.wasmroutines.test.threads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The deterministic scheduler through the language options ({@code wasmroutines.Scheduler},
 * {@code Seed}, {@code PreemptionBudget}, {@code TraceSchedule}): a racy program gives the same
 * output and schedule for a seed, different ones across seeds, and waits run on virtual time.
 */
class DeterministicThreadsTest {
    private static final int WORKERS = 4;
    private static final int APPENDS = 20;

    /** Runs racy-log.wat and returns the log: the worker id written in each slot, in slot order. */
    private static String racyLog(Map<String, String> options) {
        try (ThreadedProgram program = new ThreadedProgram("racy-log.wat", options)) {
            for (int id = 1; id <= WORKERS; id++) {
                program.spawn("worker", id, APPENDS);
            }
            program.runtime.invokeMember("run");
            int length = program.exports.getMember("length").execute().asInt();
            assertEquals(WORKERS * APPENDS, length);
            Value memory = program.exports.getMember("memory");
            StringBuilder log = new StringBuilder();
            for (int i = 0; i < length; i++) {
                log.append(memory.readBufferByte(16 + i));
            }
            return log.toString();
        }
    }

    @Test
    void sameSeedSameOutputAndSchedule(@TempDir Path dir) throws IOException {
        String firstLog = null;
        String firstTrace = null;
        for (int run = 0; run < 3; run++) {
            Path trace = dir.resolve("trace-" + run + ".txt");
            Map<String, String> options = new HashMap<>(ThreadedProgram.deterministic(42, 3));
            options.put("wasmroutines.TraceSchedule", trace.toString());
            String log = racyLog(options);
            String schedule = Files.readString(trace);
            assertTrue(schedule.startsWith("0 spawn 1 by host\n"), schedule);
            if (firstLog == null) {
                firstLog = log;
                firstTrace = schedule;
            } else {
                assertEquals(firstLog, log);
                assertEquals(firstTrace, schedule);
            }
        }
    }

    @Test
    void differentSeedsExploreDifferentInterleavings() {
        Set<String> logs = new HashSet<>();
        for (long seed = 1; seed <= 5; seed++) {
            logs.add(racyLog(ThreadedProgram.deterministic(seed, 3)));
        }
        assertTrue(logs.size() >= 2, "five seeds gave one interleaving: " + logs);
    }

    /** Waits of ten minutes finish at once: the virtual clock jumps to the deadline when all wait. */
    @Test
    void virtualTimeMakesTenMinutesOfSleepInstant(@TempDir Path dir) throws IOException {
        long tenMinutes = 600_000_000_000L;
        Path trace = dir.resolve("trace.txt");
        Map<String, String> options = new HashMap<>(ThreadedProgram.deterministic(7, 100));
        options.put("wasmroutines.TraceSchedule", trace.toString());
        try (ThreadedProgram program = new ThreadedProgram("sleep.wat", options)) {
            Value sleeper = program.spawn("sleep", tenMinutes);
            Value second = program.spawn("sleep", tenMinutes);
            assertEquals(2, sleeper.invokeMember("join").asInt(), "timed out");
            assertEquals(2, second.invokeMember("join").asInt());
            // the host's own call waits on the same virtual clock
            assertEquals(2, program.exports.getMember("sleep").execute(tenMinutes).asInt());
        }
        String schedule = Files.readString(trace);
        assertTrue(schedule.contains(tenMinutes + " run 1 exit"), schedule);
        assertTrue(schedule.contains(2 * tenMinutes + " run "), "the host's wait ran ten more virtual minutes: " + schedule);
    }
}
