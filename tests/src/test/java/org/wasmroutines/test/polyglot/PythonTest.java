package org.wasmroutines.test.polyglot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.StringJoiner;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.wasmroutines.test.TestResources;

/**
 * GraalPy and wasm in one context: the scripts in {@code polyglot/*.py} load modules with
 * {@code polyglot.eval(language="wasmroutines", path=...)}, call exports, pass Python functions as
 * imports and drive the runtime ({@code polyglot.import_value("wasmroutines.runtime")}). One
 * context serves every test: GraalPy takes tens of seconds to start on Truffle's interpreter, which
 * is also why these tests run only in the {@code python} Maven profile ({@code mvn -Ppython test}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PythonTest {
    private Context context;

    @BeforeAll
    void start() {
        // java.type (for CompletableFuture) and reading the .wat files need host and IO access
        context = Context.newBuilder("python", "wasmroutines").allowAllAccess(true).build();
        Value bindings = context.getBindings("python");
        bindings.putMember("basics_wat", resourcePath("polyglot/basics.wat"));
        bindings.putMember("echo_wat", resourcePath("async/echo.wat"));
    }

    @AfterAll
    void stop() {
        context.close();
    }

    private static String resourcePath(String resource) {
        try {
            return Path.of(PythonTest.class.getResource("/" + resource).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private Value run(String script) {
        return context.eval(Source.newBuilder("python", TestResources.text("polyglot/" + script), script).buildLiteral());
    }

    private static String item(Value dict, String key) {
        Value value = dict.getHashValue(key);
        return value.isString() ? value.asString() : value.toString();
    }

    @Test
    void exportsImportsAndTheRuntime() {
        Value result = run("basics.py");
        assertEquals("42", item(result, "addOne"));
        assertEquals("9000000000000000000", item(result, "square"));
        assertEquals("42", item(result, "answer"));
        assertEquals("hello", item(result, "greeting"), "memory.read");
        assertEquals("Jello", item(result, "afterWrite"), "memory.write of a Python bytes object");
        assertEquals("11,21,31", item(result, "joined"));
        assertEquals("FINISHED,FINISHED,FINISHED", item(result, "states"));
        assertEquals("[(41, 1), (10, 1), (20, 1), (30, 1)]", item(result, "calls"));
    }

    /** 100 threads x 3 calls answered by Java futures with random delays; the calls overlap. */
    @Test
    void echoWithJavaFuturesFromAPythonImport() {
        int clients = 100;
        int calls = 3;
        context.getBindings("python").putMember("clients", clients);
        context.getBindings("python").putMember("calls", calls);
        Value result = run("echo.py");
        StringJoiner sums = new StringJoiner(",");
        StringJoiner callOrder = new StringJoiner(" ");
        for (int id = 1; id <= clients; id++) {
            sums.add(Integer.toString(3 * id * 1000 + 1 + 2 + 3));
        }
        for (int call = 0; call < calls; call++) {
            for (int id = 1; id <= clients; id++) {
                callOrder.add(Integer.toString(id));
            }
        }
        assertEquals(sums.toString(), item(result, "sums"));
        assertEquals(Integer.toString(clients * calls), item(result, "calls"));
        int maxPending = Integer.parseInt(item(result, "maxPending"));
        assertTrue(maxPending > 1, "the calls did not overlap: at most " + maxPending + " pending at once");
        assertNotEquals(callOrder.toString(), item(result, "log"), "replies arrived in the order of the calls");
    }

    /**
     * The example's replies interleave by their delays (thread 3 has the shortest), which a loaded
     * machine may reorder where two are close: each thread's own replies come in order, and the
     * summary is exact.
     */
    @Test
    void thePythonThreadsExample() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int status = ScriptExamplesTest.command(out, err, ScriptExamplesTest.example("python/threads.py"));
        assertEquals("", err.toString(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(0, status);
        java.util.List<String> lines = out.toString(java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        for (int worker = 1; worker <= 3; worker++) {
            String prefix = "thread " + worker + " got ";
            java.util.List<String> replies = lines.stream().filter(line -> line.startsWith(prefix)).toList();
            assertEquals(java.util.List.of(prefix + worker + "00", prefix + worker + "01", prefix + worker + "02"), replies);
        }
        assertEquals("""
                        thread 1: FINISHED, result 303
                        thread 2: FINISHED, result 603
                        thread 3: FINISHED, result 903
                        fetches: 9
                        sums in wasm memory: 303 603 903""", String.join("\n", lines.subList(9, lines.size())));
    }

    /** A Python object with then(), settled by a Python timer thread; a rejection traps its thread. */
    @Test
    void aPythonThenableIsAwaited() {
        Value result = run("thenable.py");
        StringJoiner states = new StringJoiner(",");
        StringJoiner sums = new StringJoiner(",");
        for (int id = 1; id <= 20; id++) {
            states.add(id == 2 ? "FAILED" : "FINISHED");
            if (id != 2) {
                sums.add(Integer.toString(3 * id * 1000 + 1 + 2 + 3));
            }
        }
        assertEquals(states.toString(), item(result, "states"));
        assertEquals(sums.toString(), item(result, "sums"));
        assertTrue(item(result, "error").endsWith("failed: timed out"), item(result, "error"));
    }

    @Test
    void aRaisingImportTrapsOnlyItsThread() {
        Value result = run("failing.py");
        assertEquals("FINISHED,FAILED,FINISHED", item(result, "states"));
        assertEquals(Integer.toString(1001 + 1002 + 1003), item(result, "first"));
        String error = item(result, "error");
        assertTrue(error.contains("connection reset by client 2"), error);
    }
}
