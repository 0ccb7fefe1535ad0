package org.wasmroutines.test.wasi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.graalvm.polyglot.PolyglotException;
import org.junit.jupiter.api.Test;

/**
 * wasi-threads ({@code wasi} {@code thread-spawn}) with C programs over the project's own pthread
 * layer (tests/src/test/c/pthread), run as commands through the polyglot API like the launcher:
 * mutexes, condition variables, a thousand threads, the end of the program from another thread,
 * and byte-identical output of a racy program under the deterministic scheduler.
 */
class WasiThreadsTest {
    private static WasiRun.Outcome run(String name, String... options) {
        WasiRun run = WasiRun.program(name);
        for (int i = 0; i < options.length; i += 2) {
            run.option(options[i], options[i + 1]);
        }
        return run.run(PthreadPrograms.wasm(name));
    }

    @Test
    void mutexProtectedCounterLosesNoUpdate() {
        WasiRun.Outcome out = run("counter");
        assertEquals(0, out.exitStatus(), out.stdout());
        Map<String, String> values = out.values();
        assertEquals("16000", values.get("counter"));
        assertEquals("28", values.get("results"), "each thread's pthread_join result is its argument");
        for (int i = 0; i < 8; i++) {
            assertTrue(out.stdout().contains("thread " + i + " done\n"), out.stdout());
        }
    }

    /** With a tiny preemption budget the threads are switched inside their critical sections too. */
    @Test
    void counterUnderFrequentPreemption() {
        WasiRun.Outcome out = run("counter", "wasmroutines.PreemptionBudget", "7");
        assertEquals(0, out.exitStatus(), out.stdout());
        assertEquals("16000", out.values().get("counter"));
    }

    @Test
    void producersAndConsumersWithConditionVariables() {
        WasiRun.Outcome out = run("prodcons");
        assertEquals(0, out.exitStatus(), out.stdout());
        assertEquals(out.values().get("expected"), out.values().get("consumed"));
    }

    @Test
    void thousandThreadsAliveAtOnce() {
        WasiRun.Outcome out = run("many");
        assertEquals(0, out.exitStatus(), out.stdout());
        Map<String, String> values = out.values();
        assertEquals("1000", values.get("started"));
        assertEquals("1000", values.get("finished"));
        assertEquals("999000", values.get("sum"));
    }

    /** exit() in a thread ends the program with its status while main is blocked in pthread_join. */
    @Test
    void exitInAThreadEndsTheProgram() {
        WasiRun.Outcome out = run("ends");
        assertEquals(7, out.exitStatus(), out.stdout());
        assertEquals("ending\n", out.stdout());
    }

    /** A trap in a thread reaches the host from its call of _start. */
    @Test
    void trapInAThreadEndsTheProgram() {
        WasiRun run = WasiRun.program("ends").env("END", "trap");
        PolyglotException e = assertThrows(PolyglotException.class, () -> run.run(PthreadPrograms.wasm("ends")));
        assertFalse(e.isExit());
        assertTrue(e.getMessage().contains("unreachable"), e.getMessage());
    }

    @Test
    void sameSeedGivesByteIdenticalOutput() {
        String first = null;
        for (int i = 0; i < 3; i++) {
            WasiRun.Outcome out = run("racy", "wasmroutines.Scheduler", "deterministic", "wasmroutines.Seed", "1234",
                            "wasmroutines.PreemptionBudget", "5");
            assertEquals(0, out.exitStatus(), out.stdout());
            if (first == null) {
                first = out.stdout();
            } else {
                assertEquals(first, out.stdout());
            }
        }
        assertTrue(first.contains("length="), first);
    }

    /** The program is really racy: some other seed gives another output. */
    @Test
    void otherSeedsGiveOtherInterleavings() {
        String seed1 = racyOutput(1);
        boolean differs = false;
        for (long seed = 2; seed <= 6 && !differs; seed++) {
            differs = !racyOutput(seed).equals(seed1);
        }
        assertTrue(differs, "six seeds gave one output: " + seed1);
    }

    private static String racyOutput(long seed) {
        WasiRun.Outcome out = run("racy", "wasmroutines.Scheduler", "deterministic", "wasmroutines.Seed", Long.toString(seed),
                        "wasmroutines.PreemptionBudget", "5");
        assertNotEquals(null, out.stdout());
        return out.stdout();
    }
}
