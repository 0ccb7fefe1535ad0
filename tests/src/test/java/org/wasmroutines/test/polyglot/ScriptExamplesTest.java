package org.wasmroutines.test.polyglot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.graalvm.polyglot.Engine;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.wasmroutines.launcher.WasmCommand;

/**
 * The command runs {@code .js} and {@code .py} files in a context that also has wasmroutines:
 * {@code examples/js} runs here; {@code examples/python} runs in {@link PythonTest} (the Maven
 * profile that has GraalPy).
 */
class ScriptExamplesTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** Runs the command in-process, from the project folder, and returns its exit status. */
    static int command(ByteArrayOutputStream out, ByteArrayOutputStream err, String... args) {
        return new WasmCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    static String example(String path) {
        String project = System.getProperty("wasmroutines.project.dir", "..");
        return Path.of(project, "examples", path).toString();
    }

    @Test
    void theJavaScriptThreadsExample() {
        int status = command(out, err, example("js/threads.js"));
        assertEquals("", err.toString(StandardCharsets.UTF_8));
        assertEquals(0, status);
        assertEquals("""
                        thread 1 asks for part 0
                        thread 2 asks for part 0
                        thread 3 asks for part 0
                        thread 3 asks for part 1
                        thread 2 asks for part 1
                        thread 3 asks for part 2
                        thread 1 asks for part 1
                        thread 2 asks for part 2
                        thread 1 asks for part 2
                        thread 1: FINISHED, result 303
                        thread 2: FINISHED, result 603
                        thread 3: FINISHED, result 903
                        sums in wasm memory: 303 603 903
                        """, out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aScriptErrorIsReportedWithItsStatus() {
        int status = command(out, err, "--scheduler=deterministic", example("js/threads.js"), "extra");
        assertEquals(0, status, "arguments after the script belong to it");
        status = command(out, err, example("js/no-such-script.js"));
        assertEquals(1, status);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("cannot read"), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aMissingGuestLanguageIsAClearError() {
        try (Engine engine = Engine.create()) {
            Assumptions.assumeFalse(engine.getLanguages().containsKey("python"), "GraalPy is on this class path");
        }
        int status = command(out, err, example("python/threads.py"));
        assertEquals(2, status);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("needs Python (GraalPy), which is not installed"), err.toString(StandardCharsets.UTF_8));
    }
}
