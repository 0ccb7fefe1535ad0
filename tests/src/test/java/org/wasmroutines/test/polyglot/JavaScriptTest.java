package org.wasmroutines.test.polyglot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.StringJoiner;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wasmroutines.test.TestResources;

/**
 * GraalJS and wasm in one context: the scripts in {@code polyglot/*.js} load modules with
 * {@code Polyglot.eval('text/x-wat', ...)}, call exports, pass JavaScript functions as imports,
 * view memory as typed arrays and drive the runtime ({@code Polyglot.import('wasmroutines.runtime')}).
 * A script's last expression is an object it fills in; its async parts have run by the time
 * {@code eval} returns (GraalJS runs the promise jobs when the outermost call returns).
 */
class JavaScriptTest {
    private Context context;
    private ScheduledExecutorService pool;

    @BeforeEach
    void start() {
        context = Context.newBuilder("js", "wasmroutines").allowPolyglotAccess(org.graalvm.polyglot.PolyglotAccess.ALL).build();
        context.getBindings("js").putMember("basicsWat", TestResources.text("polyglot/basics.wat"));
        context.getBindings("js").putMember("echoWat", TestResources.text("async/echo.wat"));
        pool = Executors.newScheduledThreadPool(4);
    }

    @AfterEach
    void stop() {
        pool.shutdownNow();
        context.close();
    }

    private Value run(String script) {
        return context.eval(Source.newBuilder("js", TestResources.text("polyglot/" + script), script).buildLiteral());
    }

    private static String expectedSums(int clients, int calls) {
        StringJoiner sums = new StringJoiner(",");
        for (int id = 1; id <= clients; id++) {
            int sum = 0;
            for (int call = 0; call < calls; call++) {
                sum += id * 1000 + call + 1;
            }
            sums.add(Integer.toString(sum));
        }
        return sums.toString();
    }

    @Test
    void exportsImportsMemoryAndTheBlockingRuntimeCalls() {
        Value result = run("basics.js");
        assertEquals(42, result.getMember("addOne").asInt());
        assertEquals("9000000000000000000", result.getMember("square").asString(), "i64 as BigInt");
        assertEquals("hello", result.getMember("greeting").asString());
        assertEquals('H', result.getMember("afterWrite").asInt(), "a typed array writes through to wasm memory");
        assertEquals(42, result.getMember("answer").asInt());
        assertEquals(65536, result.getMember("byteLength").asInt());
        assertEquals("[[41,1],[10,1],[20,1],[30,1]]", result.getMember("calls").asString());
        assertEquals("11,21,31", result.getMember("joined").asString());
        assertEquals("FINISHED,FINISHED,FINISHED", result.getMember("states").asString());
    }

    /** 100 threads x 3 async JavaScript calls; the replies overlap and arrive out of call order. */
    @Test
    void echoWithAsyncJavaScriptImports() {
        int clients = 100;
        int calls = 3;
        context.getBindings("js").putMember("clients", clients);
        context.getBindings("js").putMember("calls", calls);
        Value result = run("echo.js");
        assertFalse(result.hasMember("error"), () -> result.getMember("error").asString());
        assertEquals(expectedSums(clients, calls), result.getMember("sums").asString());
        assertEquals(clients * calls, result.getMember("logged").asInt());
        assertEquals(0, result.getMember("pendingHostFutures").asInt());
        // every thread's first call was pending before any reply: the calls overlapped
        assertEquals(clients, result.getMember("maxPending").asInt());
        String[] replies = result.getMember("replies").asString().split(" ");
        assertEquals(clients * calls, replies.length);
        StringJoiner callOrder = new StringJoiner(" ");
        for (int call = 0; call < calls; call++) {
            for (int id = 1; id <= clients; id++) {
                callOrder.add(Integer.toString(id));
            }
        }
        assertNotEquals(callOrder.toString(), String.join(" ", replies), "replies came back in the order of the calls: no overlap");
    }

    @Test
    void aRejectedPromiseTrapsOnlyItsThread() {
        Value result = run("rejected.js");
        assertFalse(result.hasMember("unexpected"), () -> result.getMember("unexpected").asString());
        assertEquals("FINISHED,FAILED,FINISHED", result.getMember("states").asString());
        assertEquals(1001 + 1002 + 1003, result.getMember("first").asInt());
        String error = result.getMember("error").asString();
        assertTrue(error.startsWith("host function env.echo failed: ") && error.endsWith("connection reset by client 2"), error);
        assertEquals(7, result.getMember("logged").asInt(), "client 2 logged its first reply only");
    }

    @Test
    void runAsyncRejectsWithTheDeadlockReport() {
        Value result = run("deadlock.js");
        assertEquals("rejected", result.getMember("settled").asString());
        String message = result.getMember("message").asString();
        assertTrue(message.startsWith("all wasm threads are blocked"), message);
        assertTrue(message.contains("waitForever"), message);
    }

    /** Blocking calls that need JavaScript's job queue stop with a report that names the way out. */
    @Test
    void blockingCallsThatWaitForJavaScriptPromisesStopWithAReport() {
        Value result = run("blocking.js");
        for (String call : new String[]{"run", "join", "direct"}) {
            String message = result.getMember(call).asString();
            assertTrue(message.startsWith("all wasm threads are blocked"), call + ": " + message);
            assertTrue(message.contains("await runtime.runAsync()"), call + ": " + message);
            assertTrue(message.contains("client"), call + " lists the waiting thread's stack: " + message);
        }
        assertEquals(1001 + 1002, result.getMember("afterwards").asInt(), "the threads still finish under runAsync");
    }

    /** A sync JavaScript import returning a Java future that a pool completes after a random delay. */
    @Test
    void javaFuturesFromAJavaScriptImport() {
        ProxyExecutable delayed = args -> {
            int value = args[0].asInt();
            return CompletableFuture.supplyAsync(() -> value, CompletableFuture.delayedExecutor(ThreadLocalRandom.current().nextInt(2000), TimeUnit.MICROSECONDS, pool));
        };
        context.getBindings("js").putMember("delayed", delayed);
        Value result = run("javafutures.js");
        assertFalse(result.hasMember("error"), () -> result.getMember("error").asString());
        assertEquals(expectedSums(50, 3), result.getMember("sums").asString());
    }
}
