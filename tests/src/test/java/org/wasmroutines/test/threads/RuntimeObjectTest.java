package org.wasmroutines.test.threads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;

/** The runtime object ({@code context.getBindings("wasmroutines").getMember("runtime")}) from Java. */
class RuntimeObjectTest {
    @Test
    void spawnJoinAndResults() {
        try (ThreadedProgram program = new ThreadedProgram("spin.wat")) {
            Value thread = program.spawn("add", 40, 2);
            assertTrue(thread.getMember("id").asInt() > 0);
            assertEquals("add", thread.getMember("name").asString());
            assertEquals("RUNNABLE", thread.getMember("state").asString());
            assertEquals(42, thread.invokeMember("join").asInt());
            assertEquals("FINISHED", thread.getMember("state").asString());
            assertEquals(42, thread.invokeMember("join").asInt(), "joining an ended thread gives its result again");
        }
    }

    @Test
    void spinningThreadsArePreempted() {
        try (ThreadedProgram program = new ThreadedProgram("spin.wat")) {
            Value spinner = program.spawn("spin_until_flag");
            Value setter = program.spawn("set_flag");
            program.runtime.invokeMember("run");
            assertEquals("FINISHED", setter.getMember("state").asString());
            assertTrue(spinner.invokeMember("join").asInt() > 1, "the spinner looped until the setter ran");
        }
    }

    @Test
    void aTrapEndsOnlyItsThreadAndJoinThrowsIt() {
        try (ThreadedProgram program = new ThreadedProgram("spin.wat")) {
            Value failing = program.spawn("trap");
            Value fine = program.spawn("add", 1, 2);
            program.runtime.invokeMember("run");
            assertEquals("FAILED", failing.getMember("state").asString());
            PolyglotException trap = assertThrows(PolyglotException.class, () -> failing.invokeMember("join"));
            assertTrue(trap.isGuestException());
            assertEquals("unreachable", trap.getMessage());
            assertEquals(3, fine.invokeMember("join").asInt());
        }
    }

    @Test
    void stepRunUntilIdleListingAndCounters() {
        try (ThreadedProgram program = new ThreadedProgram("park-many.wat")) {
            Value runtime = program.runtime;
            assertFalse(runtime.invokeMember("step").asBoolean(), "nothing to run yet");
            Value first = program.spawn("park");
            program.spawn("park");
            assertTrue(runtime.invokeMember("step").asBoolean());
            assertEquals("PARKED", first.getMember("state").asString());
            runtime.invokeMember("runUntilIdle");

            Value threads = runtime.invokeMember("threads");
            assertEquals(2, threads.getArraySize());
            Value listed = threads.getArrayElement(0);
            assertEquals(first.getMember("id").asInt(), listed.getMember("id").asInt());
            assertEquals("PARKED", listed.getMember("state").asString());
            assertTrue(listed.getMember("waitingOn").asString().startsWith("address 0x0 of "), listed.getMember("waitingOn").asString());
            assertEquals("park", listed.getMember("stack").getArrayElement(0).asString());

            Value counters = runtime.getMember("counters");
            assertEquals(2, counters.getMember("spawned").asLong());
            assertEquals(2, counters.getMember("parkedNow").asInt());
            assertEquals(2, counters.getMember("live").asInt());
            assertTrue(counters.getMember("switches").asLong() >= 2);

            assertEquals(2, program.spawn("release").invokeMember("join").asInt(), "release wakes both");
            runtime.invokeMember("run");
            assertEquals(2, program.exports.getMember("arrived").execute().asInt());
            assertEquals(0, runtime.invokeMember("threads").getArraySize());
            assertEquals(0, runtime.getMember("counters").getMember("parkedNow").asInt());
        }
    }

    /** 10,000 wasm threads park on one address, one notify wakes them all, each counts itself in. */
    @Test
    void tenThousandThreads() {
        int n = 10_000;
        try (ThreadedProgram program = new ThreadedProgram("park-many.wat")) {
            List<Value> threads = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                threads.add(program.spawn("park"));
            }
            program.runtime.invokeMember("runUntilIdle");
            assertEquals(n, program.runtime.getMember("counters").getMember("parkedNow").asInt());
            assertEquals(n, program.spawn("release").invokeMember("join").asInt());
            program.runtime.invokeMember("run");
            assertEquals(n, program.exports.getMember("arrived").execute().asInt());
            boolean[] seen = new boolean[n];
            for (Value thread : threads) {
                int arrival = thread.invokeMember("join").asInt();
                assertFalse(seen[arrival], "arrival " + arrival + " twice");
                seen[arrival] = true;
            }
        }
    }

    @Test
    void deadlockIsAGuestErrorListingEveryThreadWithItsStack() {
        try (ThreadedProgram program = new ThreadedProgram("deadlock.wat")) {
            Value consumer = program.spawn("consumer");
            program.spawn("producer");
            PolyglotException deadlock = assertThrows(PolyglotException.class, () -> program.runtime.invokeMember("run"));
            assertTrue(deadlock.isGuestException());
            String message = deadlock.getMessage();
            assertTrue(message.startsWith("all wasm threads are blocked (deadlock)"), message);
            assertTrue(message.contains("thread 1 \"consumer\" PARKED on address 0x0"), message);
            assertTrue(message.contains("thread 2 \"producer\" PARKED on address 0x4"), message);
            assertTrue(message.contains("at await_item"), message);
            assertTrue(message.contains("at await_space"), message);
            assertTrue(message.contains("at consumer"), message);
            assertThrows(PolyglotException.class, () -> consumer.invokeMember("join"), "joining a deadlocked thread reports the deadlock too");

            // describing themselves left both threads parked where they were: the host can still wake them
            assertEquals(2, program.runtime.getMember("counters").getMember("parkedNow").asInt());
            assertEquals(1, program.exports.getMember("wake").execute(0).asInt());
            assertEquals(1, program.exports.getMember("wake").execute(4).asInt());
            program.runtime.invokeMember("run");
            assertEquals(0, consumer.invokeMember("join").asInt(), "woken by the notify: \"ok\"");
        }
    }

    /** A plain host call that waits with nothing that could ever notify it traps instead of hanging. */
    @Test
    void hostWaitThatNothingCanEndTraps() {
        try (ThreadedProgram program = new ThreadedProgram("sleep.wat")) {
            PolyglotException trap = assertThrows(PolyglotException.class, () -> program.exports.getMember("sleep").execute(-1L));
            assertTrue(trap.getMessage().startsWith("all wasm threads are blocked (deadlock)"), trap.getMessage());
            assertEquals(2, program.exports.getMember("sleep").execute(1000L).asInt(), "a host wait with a timeout times out");
        }
    }
}
