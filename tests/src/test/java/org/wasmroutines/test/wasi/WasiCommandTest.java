package org.wasmroutines.test.wasi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.graalvm.polyglot.PolyglotException;
import org.junit.jupiter.api.Test;

/** A WASI command as a whole: arguments, environment, standard streams and exit statuses. */
class WasiCommandTest {
    @Test
    void printsArgumentsAndEnvironment() {
        WasiRun.Outcome o = WasiRun.program("hello").args("one", "two words", "ünïcödé, with: colons %41").env("GREETING", "hi, there: 100%")
                        .env("EMPTY", "").run();
        assertEquals(0, o.exitStatus());
        Map<String, String> v = o.values();
        assertTrue(o.stdout().startsWith("hello from wasm\n"), o.stdout());
        assertEquals("4", v.get("argc"));
        assertEquals("hello.wasm", v.get("argv[0]"));
        assertEquals("one", v.get("argv[1]"));
        assertEquals("two words", v.get("argv[2]"));
        assertEquals("ünïcödé, with: colons %41", v.get("argv[3]"));
        assertEquals("2", v.get("environ"));
        assertEquals("GREETING=hi, there: 100%", v.get("env[0]"));
        assertEquals("EMPTY=", v.get("env[1]"));
        assertEquals("hi, there: 100%", v.get("GREETING"));
        assertEquals("to stderr\n", o.stderr());
    }

    @Test
    void noArgumentsNoEnvironment() {
        WasiRun run = new WasiRun();
        WasiRun.Outcome o = run.run(WasiPrograms.wasm("hello"));
        assertEquals("0", o.values().get("argc"));
        assertEquals("0", o.values().get("environ"));
        assertEquals("(unset)", o.values().get("GREETING"));
    }

    @Test
    void exitStatusFromMain() {
        assertEquals(0, WasiRun.program("exit").args("return", "0").run().exitStatus());
        assertEquals(7, WasiRun.program("exit").args("return", "7").run().exitStatus());
    }

    @Test
    void exitStatusFromExit() {
        WasiRun.Outcome o = WasiRun.program("exit").args("exit", "42").run();
        assertEquals(42, o.exitStatus());
        assertEquals("buffered output is flushed before exit\n", o.stdout());
        assertEquals(255, WasiRun.program("exit").args("exit", "255").run().exitStatus());
    }

    @Test
    void procRaise() {
        // SIGTERM (15) ends the program as a shell reports it: 128 + 15
        assertEquals(143, WasiRun.program("exit").args("raise", "15").run().exitStatus());
        // ignored by default: CHLD (16), WINCH (27)
        WasiRun.Outcome o = WasiRun.program("exit").args("raise", "16").run();
        assertEquals("proc_raise(16)=0\n", o.stdout());
        assertEquals("proc_raise(99)=28\n", WasiRun.program("exit").args("raise", "99").run().stdout());
        assertEquals("proc_raise(19)=58\n", WasiRun.program("exit").args("raise", "19").run().stdout());
    }

    @Test
    void trapIsNotAnExit() {
        byte[] wasm = WasiPrograms.wasm("exit");
        PolyglotException e = assertThrows(PolyglotException.class, () -> WasiRun.program("exit").args("trap", "0").run(wasm));
        assertTrue(!e.isExit() && e.isGuestException(), e.toString());
        assertEquals("unreachable", e.getMessage());
    }

    @Test
    void copiesStandardInput() {
        WasiRun.Outcome o = WasiRun.program("stdin").stdin("hello, standard input\nsecond line").run();
        assertEquals("HELLO, STANDARD INPUT\nSECOND LINE\nbytes=33 eof=1\n", o.stdout());
    }

    /** A read returns what a pipe holds instead of waiting to fill the buffer. */
    @Test
    void readReturnsWhatIsThere() throws Exception {
        PipedOutputStream keyboard = new PipedOutputStream();
        PipedInputStream stdin = new PipedInputStream(keyboard);
        CountDownLatch echoed = new CountDownLatch(1);
        OutputStream watcher = new OutputStream() {
            private final StringBuilder seen = new StringBuilder();

            @Override
            public void write(int b) {
                seen.append((char) b);
                if (seen.indexOf("ABC") >= 0) {
                    echoed.countDown();
                }
            }
        };
        Thread typist = new Thread(() -> {
            try {
                keyboard.write("abc".getBytes(StandardCharsets.US_ASCII));
                keyboard.flush();
                // the program must answer before more input comes
                if (echoed.await(20, TimeUnit.SECONDS)) {
                    keyboard.write("de".getBytes(StandardCharsets.US_ASCII));
                }
                keyboard.close();
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        typist.start();
        WasiRun.Outcome o = WasiRun.program("stdin").stdin(stdin).tee(watcher).run();
        typist.join();
        assertEquals("ABCDE\nbytes=5 eof=1\n", o.stdout());
    }

    @Test
    void emptyStandardInput() {
        assertEquals("\nbytes=0 eof=1\n", WasiRun.program("stdin").run().stdout());
    }
}
