package org.wasmroutines.test.threads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;

/** A script whose threads deadlock: the runner reports it, with the threads, instead of hanging. */
class ScriptThreadsTest {
    private static final String DEADLOCKED_SCRIPT = """
                    (module $M
                      (memory 1 1 shared)
                      (func (export "wait-forever") (result i32)
                        (memory.atomic.wait32 (i32.const 0) (i32.const 0) (i64.const -1))))
                    (thread $T1 (shared (module $M)) (invoke $M "wait-forever"))
                    (thread $T2 (shared (module $M)) (invoke $M "wait-forever"))
                    (wait $T1)
                    (assert_return (invoke $M "wait-forever") (i32.const 0))
                    """;

    @Test
    void deadlockedThreadsAreReportedWithTheirStacks() {
        try (Context context = Context.create("wasmroutines")) {
            Value report = context.eval(Source.newBuilder("wasmroutines", DEADLOCKED_SCRIPT, "deadlock.wast").mimeType("text/x-wast").buildLiteral());
            Value failures = report.getMember("failures");
            assertEquals(3, failures.getArraySize(), failures.toString());
            String wait = failures.getArrayElement(0).asString();
            assertTrue(wait.startsWith("deadlock.wast:7: unexpected TRAP: all wasm threads are blocked (deadlock)"), wait);
            assertTrue(wait.contains("\"script thread $T1\" PARKED on address 0x0"), wait);
            assertTrue(wait.contains("at wait-forever"), wait);
            // the main line's own wait: nothing can wake it either, so it traps with the report
            String host = failures.getArrayElement(1).asString();
            assertTrue(host.startsWith("deadlock.wast:8: unexpected TRAP: all wasm threads are blocked (deadlock)"), host);
            assertTrue(host.contains("\"host wait in wait-forever\" PARKED"), host);
            // at the end, the threads never waited for are reported too
            assertTrue(failures.getArrayElement(2).asString().startsWith("deadlock.wast: threads never waited for: all wasm threads are blocked"),
                            failures.getArrayElement(2).asString());
        }
    }
}
