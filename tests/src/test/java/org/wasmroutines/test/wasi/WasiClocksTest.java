package org.wasmroutines.test.wasi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** Clocks, sleeping, random bytes (clocks.c) and poll_oneoff (poll.c). */
class WasiClocksTest {
    @Test
    void clocksAndRandom() {
        long before = System.currentTimeMillis() / 1000;
        WasiRun.Outcome o = WasiRun.program("clocks").run();
        long after = System.currentTimeMillis() / 1000;
        Map<String, String> v = o.values();
        long realtime = Long.parseLong(v.get("realtime_s"));
        assertTrue(realtime >= before && realtime <= after, "realtime " + realtime + " within [" + before + ", " + after + "]");
        for (String check : new String[]{"slept_enough", "slept_not_too_long", "monotonic_res", "process_cputime", "thread_cputime", "random_not_zero",
                        "random_differs"}) {
            assertEquals("1", v.get(check), check + " in\n" + o.stdout());
        }
        assertEquals("0", v.get("nanosleep"));
        assertEquals("28", v.get("bad_clock"));
        assertEquals("28", v.get("bad_clock_res"));
        assertEquals("0", v.get("getentropy"));
        assertEquals("0", v.get("random_get"));
        assertEquals("0", v.get("random_big"));
        assertEquals("21", v.get("random_fault"));
    }

    @Test
    void pollOneoff() {
        WasiRun.Outcome o = WasiRun.program("poll").stdin("typed").run();
        String expected = """
                        sleep=0 events=1 userdata=42 type=0 waited=1
                        abstime=0 events=1 userdata=7 waited=1
                        writable=0 events=1 userdata=2 type=2
                        stdin=0 events=1 userdata=3 nbytes=5
                        read=typed
                        eof=0 events=1 hangup=1
                        errors=0 events=2 first=8 second=28
                        none=28
                        """;
        assertEquals(expected, o.stdout());
    }
}
