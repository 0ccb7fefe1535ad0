package org.wasmroutines.test.wasi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.io.IOAccess;
import org.graalvm.polyglot.proxy.ProxyExecutable;
import org.graalvm.polyglot.proxy.ProxyObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Blocking WASI calls under the green threads: the deterministic scheduler's virtual clocks and
 * seeded {@code random_get} (virtual_time.c), and wasm threads that sleep in {@code poll_oneoff}
 * or wait in {@code fd_read} on standard input while another wasm thread keeps running
 * (resources/wasi/sleep-and-work.wat, spawned with the polyglot runtime object). The timeouts
 * only stop a broken build from hanging (a real 10-minute sleep, a carrier blocked for ever);
 * nothing here measures time.
 */
class WasiBlockingTest {
    private static WasiRun.Outcome deterministic(long seed) {
        return WasiRun.program("virtual_time").option("wasmroutines.Scheduler", "deterministic").option("wasmroutines.Seed", Long.toString(seed)).run();
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void sameSeedSameRandomAndClocksOtherSeedOtherRandom() {
        WasiRun.Outcome first = deterministic(42);
        WasiRun.Outcome again = deterministic(42);
        WasiRun.Outcome other = deterministic(43);
        assertEquals(0, first.exitStatus(), first.stdout());
        assertEquals(first.stdout(), again.stdout(), "the same seed gives byte-identical output");
        Map<String, String> a = first.values();
        Map<String, String> b = other.values();
        assertNotEquals(a.get("random_before"), b.get("random_before"), "another seed, other random bytes");
        assertNotEquals(a.get("random_after"), b.get("random_after"));
        assertNotEquals(a.get("random_before"), a.get("random_after"));
        assertTrue(a.get("random_before").endsWith("(errno 0)"), first.stdout());
        for (String clock : new String[]{"monotonic_start_ns", "realtime_start_ns", "monotonic_slept_ns", "realtime_slept_ns", "cputime_ns"}) {
            assertEquals(a.get(clock), b.get(clock), clock + ": virtual time does not depend on the seed");
        }
    }

    /** {@code sleep(600)} jumps the virtual clock: the program ends at once and saw 600 s pass. */
    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void tenMinuteSleepEndsAtOnceUnderVirtualTime() {
        WasiRun.Outcome o = deterministic(7);
        assertEquals(0, o.exitStatus(), o.stdout());
        Map<String, String> v = o.values();
        assertEquals("0", v.get("sleep_left"));
        assertTrue(Long.parseLong(v.get("monotonic_slept_ns")) >= 600_000_000_000L, o.stdout());
        assertTrue(Long.parseLong(v.get("realtime_slept_ns")) >= 600_000_000_000L, o.stdout());
        assertEquals("0", v.get("monotonic_start_ns"), "virtual time starts at 0");
    }

    /**
     * The main thread of a wasi-threads program runs outside any green thread; its nanosleep
     * still lets the thread it started count (main_sleeps.c).
     */
    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void mainThreadSleepLetsTheOtherThreadsRun() {
        WasiRun.Outcome o = WasiRun.program("main_sleeps").args("20").run(PthreadPrograms.wasm("main_sleeps"));
        assertEquals(0, o.exitStatus(), o.stdout());
        Map<String, String> v = o.values();
        assertEquals("0", v.get("nanosleep"), o.stdout());
        assertEquals("1", v.get("slept_enough"), o.stdout());
        assertTrue(Integer.parseInt(v.get("counted_while_main_slept")) >= 1, o.stdout());
        assertEquals("100", v.get("counter"), o.stdout());
    }

    /** The same under virtual time: main's 10-minute sleep ends only after the counting thread has ended. */
    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void mainThreadSleepUnderVirtualTime() {
        WasiRun run = WasiRun.program("main_sleeps").args("600000").option("wasmroutines.Scheduler", "deterministic").option("wasmroutines.Seed", "11");
        WasiRun.Outcome o = run.run(PthreadPrograms.wasm("main_sleeps"));
        assertEquals(0, o.exitStatus(), o.stdout());
        assertEquals("nanosleep=0\ncounted_while_main_slept=100\nslept_enough=1\ncounter=100\n", o.stdout());
    }

    /** The sleeper parks in poll_oneoff; the worker, spawned after it, counts meanwhile. */
    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void pollOneoffSleepLetsOtherThreadsRun() {
        try (Program p = new Program(Map.of(), InputStream.nullInputStream(), null)) {
            Value sleeper = p.spawn("sleeper", 20_000_000L);
            Value worker = p.spawn("worker", 5);
            p.runtime.invokeMember("run");
            assertEquals(5, worker.invokeMember("join").asInt());
            assertTrue(sleeper.invokeMember("join").asInt() >= 1, "the worker ran while the sleeper slept");
        }
    }

    /** In virtual time the sleeper wakes only when nothing else can run: after all of the worker's steps. */
    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void pollOneoffSleepUnderVirtualTime() {
        Map<String, String> options = Map.of("wasmroutines.Scheduler", "deterministic", "wasmroutines.Seed", "5");
        try (Program p = new Program(options, InputStream.nullInputStream(), null)) {
            Value sleeper = p.spawn("sleeper", 600_000_000_000L);
            Value worker = p.spawn("worker", 200);
            p.runtime.invokeMember("run");
            assertEquals(200, worker.invokeMember("join").asInt());
            int countedWhileAsleep = sleeper.invokeMember("join").asInt();
            assertTrue(countedWhileAsleep > 0 && countedWhileAsleep <= 200, "counted while asleep: " + countedWhileAsleep);
        }
    }

    /**
     * The reader waits in fd_read for input that only arrives once the releaser has run: with a
     * carrier blocked by the read, the releaser could never run and this would hang.
     */
    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void stdinReadParksOnlyTheReader() {
        CountDownLatch released = new CountDownLatch(1);
        try (Program p = new Program(Map.of(), new GatedInput("hello", released), released)) {
            Value reader = p.spawn("reader");
            Value releaser = p.spawn("releaser");
            p.runtime.invokeMember("run");
            assertEquals(5, reader.invokeMember("join").asInt());
            assertEquals(1, releaser.invokeMember("join").asInt());
            assertEquals(1, p.exports.getMember("seen").execute().asInt(), "the releaser ran before the read returned");
        }
    }

    /** Input that is there only after the latch opens: until then available() is 0 and reads wait. */
    private static final class GatedInput extends InputStream {
        private final byte[] data;
        private final CountDownLatch gate;
        private int position;

        GatedInput(String text, CountDownLatch gate) {
            this.data = text.getBytes(StandardCharsets.US_ASCII);
            this.gate = gate;
        }

        @Override
        public int read() throws IOException {
            try {
                gate.await();
            } catch (InterruptedException e) {
                throw new IOException(e);
            }
            synchronized (this) {
                return position < data.length ? data[position++] & 0xFF : -1;
            }
        }

        @Override
        public synchronized int available() {
            return gate.getCount() > 0 ? 0 : data.length - position;
        }
    }

    /** One instance of sleep-and-work.wat as a WASI program, and the context's runtime object. */
    private static final class Program implements AutoCloseable {
        final Context context;
        final Value exports;
        final Value runtime;

        Program(Map<String, String> options, InputStream stdin, CountDownLatch released) {
            this.context = Context.newBuilder("wasmroutines").allowIO(IOAccess.ALL).option("wasmroutines.Wasi", "true").options(options) //
                            .in(stdin).out(new ByteArrayOutputStream()).err(new ByteArrayOutputStream()).build();
            Value module = context.eval(Source.newBuilder("wasmroutines", read("sleep-and-work.wat"), "sleep-and-work.wat").mimeType("text/x-wat").buildLiteral());
            ProxyExecutable release = args -> {
                if (released != null) {
                    released.countDown();
                }
                return null;
            };
            Map<String, Object> env = new LinkedHashMap<>();
            env.put("release", release);
            this.exports = module.invokeMember("newInstance", ProxyObject.fromMap(Map.of("env", ProxyObject.fromMap(env)))).getMember("exports");
            this.runtime = context.getBindings("wasmroutines").getMember("runtime");
        }

        Value spawn(String export, Object... args) {
            Object[] arguments = new Object[args.length + 1];
            arguments[0] = exports.getMember(export);
            System.arraycopy(args, 0, arguments, 1, args.length);
            return runtime.invokeMember("spawn", arguments);
        }

        private static String read(String resource) {
            try (InputStream in = WasiBlockingTest.class.getResourceAsStream("/wasi/" + resource)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            context.close();
        }
    }
}
