package org.wasmroutines.test.async;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;
import org.graalvm.polyglot.proxy.ProxyObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Async host functions: an import that returns a {@code CompletableFuture} (or a thenable)
 * suspends only the calling wasm thread until a Java thread pool completes it.
 */
class AsyncHostFunctionTest {
    private ScheduledExecutorService pool;

    @BeforeEach
    void startPool() {
        pool = Executors.newScheduledThreadPool(8);
    }

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    /** A server that answers each request after a random delay of up to {@code maxDelayMicros}, counting what is pending. */
    private final class DelayedEcho implements ProxyExecutable {
        final int maxDelayMicros;
        final AtomicInteger pending = new AtomicInteger();
        final AtomicInteger maxPending = new AtomicInteger();
        final AtomicInteger answered = new AtomicInteger();

        DelayedEcho(int maxDelayMicros) {
            this.maxDelayMicros = maxDelayMicros;
        }

        @Override
        public Object execute(Value... args) {
            int id = args[0].asInt();
            int call = args[1].asInt();
            maxPending.accumulateAndGet(pending.incrementAndGet(), Math::max);
            CompletableFuture<Integer> reply = new CompletableFuture<>();
            pool.schedule(() -> {
                pending.decrementAndGet();
                answered.incrementAndGet();
                reply.complete(EchoProgram.reply(id, call));
            }, ThreadLocalRandom.current().nextInt(maxDelayMicros + 1), TimeUnit.MICROSECONDS);
            return reply;
        }
    }

    /** 1,000 clients make 10 calls each; a pool answers them with random delays; the calls overlap. */
    @Test
    void echoServerWithAThousandClients() {
        int clients = 1000;
        int calls = 10;
        DelayedEcho echo = new DelayedEcho(2000);
        try (EchoProgram program = new EchoProgram(echo)) {
            List<Value> threads = new ArrayList<>(clients);
            for (int id = 1; id <= clients; id++) {
                threads.add(program.spawnClient(id, calls));
            }
            program.runtime.invokeMember("run");
            for (int id = 1; id <= clients; id++) {
                assertEquals(EchoProgram.expectedSum(id, calls), threads.get(id - 1).invokeMember("join").asInt(), "client " + id);
            }
            assertEquals(clients * calls, echo.answered.get());
            assertEquals(clients * calls, program.exports.getMember("logged").execute().asInt());
            assertTrue(echo.maxPending.get() > 1, "the calls did not overlap: at most " + echo.maxPending.get() + " pending at once");
            assertEquals(0, program.runtime.getMember("counters").getMember("pendingHostFutures").asInt());
        }
    }

    /** 10,000 threads wait on host futures at the same time; the host then completes them all. */
    @Test
    void tenThousandThreadsAwaitAtOnce() {
        int clients = 10_000;
        List<CompletableFuture<Integer>> triggers = new ArrayList<>();
        ProxyExecutable holding = args -> {
            CompletableFuture<Integer> trigger = new CompletableFuture<>();
            triggers.add(trigger);
            int id = args[0].asInt();
            return trigger.thenApply(ignored -> EchoProgram.reply(id, 0));
        };
        try (EchoProgram program = new EchoProgram(holding)) {
            List<Value> threads = new ArrayList<>(clients);
            for (int id = 1; id <= clients; id++) {
                threads.add(program.spawnClient(id, 1));
            }
            program.runtime.invokeMember("runUntilIdle");
            assertEquals(clients, program.runtime.getMember("counters").getMember("pendingHostFutures").asInt());
            assertEquals(clients, triggers.size());
            for (CompletableFuture<Integer> trigger : triggers) {
                pool.execute(() -> trigger.complete(0));
            }
            program.runtime.invokeMember("run");
            for (int id = 1; id <= clients; id++) {
                assertEquals(EchoProgram.reply(id, 0), threads.get(id - 1).invokeMember("join").asInt());
            }
        }
    }

    @Test
    void aFailedFutureTrapsOnlyItsThread() {
        ProxyExecutable echo = args -> {
            int id = args[0].asInt();
            int call = args[1].asInt();
            return CompletableFuture.supplyAsync(() -> {
                if (id == 2 && call == 1) {
                    throw new IllegalStateException("connection reset by client 2");
                }
                return EchoProgram.reply(id, call);
            }, pool);
        };
        try (EchoProgram program = new EchoProgram(echo)) {
            Value first = program.spawnClient(1, 3);
            Value failing = program.spawnClient(2, 3);
            Value third = program.spawnClient(3, 3);
            program.runtime.invokeMember("run");
            assertEquals("FAILED", failing.getMember("state").asString());
            PolyglotException trap = assertThrows(PolyglotException.class, () -> failing.invokeMember("join"));
            assertTrue(trap.isGuestException());
            assertTrue(trap.getMessage().endsWith("failed: connection reset by client 2"), trap.getMessage());
            assertEquals(EchoProgram.expectedSum(1, 3), first.invokeMember("join").asInt());
            assertEquals(EchoProgram.expectedSum(3, 3), third.invokeMember("join").asInt());
            assertEquals(7, program.exports.getMember("logged").execute().asInt(), "the failing client logged its first reply only");
        }
    }

    @Test
    void aSyncHostFunctionStillReturnsItsValue() {
        ProxyExecutable echo = args -> EchoProgram.reply(args[0].asInt(), args[1].asInt());
        try (EchoProgram program = new EchoProgram(echo)) {
            assertEquals(EchoProgram.expectedSum(5, 4), program.exports.getMember("client").execute(5, 4).asInt());
            Value thread = program.spawnClient(6, 4);
            assertEquals(EchoProgram.expectedSum(6, 4), thread.invokeMember("join").asInt());
        }
    }

    /** A future completed already is no yield point: ten calls, one turn of the thread. */
    @Test
    void anAlreadyCompletedFutureReturnsAtOnce() {
        ProxyExecutable echo = args -> CompletableFuture.completedFuture(EchoProgram.reply(args[0].asInt(), args[1].asInt()));
        try (EchoProgram program = new EchoProgram(echo)) {
            Value thread = program.spawnClient(7, 10);
            assertTrue(program.runtime.invokeMember("step").asBoolean());
            assertEquals("FINISHED", thread.getMember("state").asString(), "the thread finished in its first turn");
            assertEquals(EchoProgram.expectedSum(7, 10), thread.invokeMember("join").asInt());
            assertEquals(1, program.runtime.getMember("counters").getMember("switches").asLong());
            assertEquals(EchoProgram.expectedSum(8, 2), program.exports.getMember("client").execute(8, 2).asInt());
            assertEquals(1, program.runtime.getMember("counters").getMember("spawned").asLong(), "no stand-in thread for a host call");
        }
    }

    /** A plain host call of an export that calls the async import: the other wasm threads run while it waits. */
    @Test
    void aHostCallOutsideAnyWasmThreadWaitsWhileOthersRun() {
        DelayedEcho echo = new DelayedEcho(1000);
        try (EchoProgram program = new EchoProgram(echo)) {
            List<Value> threads = new ArrayList<>();
            for (int id = 1; id <= 20; id++) {
                threads.add(program.spawnClient(id, 5));
            }
            assertEquals(EchoProgram.expectedSum(99, 5), program.exports.getMember("client").execute(99, 5).asInt());
            program.runtime.invokeMember("run");
            for (int id = 1; id <= 20; id++) {
                assertEquals(EchoProgram.expectedSum(id, 5), threads.get(id - 1).invokeMember("join").asInt());
            }
            assertEquals(21 * 5, echo.answered.get());
        }
    }

    /** A thenable (what a JavaScript Promise is to interop): then(onFulfilled, onRejected), settled from the pool. */
    @Test
    void aThenableIsAwaitedLikeAFuture() throws Exception {
        // The pool thread is inside the context while it calls onFulfilled/onRejected; the context
        // may only close once those calls have returned.
        List<ScheduledFuture<?>> settling = Collections.synchronizedList(new ArrayList<>());
        ProxyExecutable echo = args -> {
            int id = args[0].asInt();
            int call = args[1].asInt();
            ProxyExecutable then = callbacks -> {
                Value onFulfilled = callbacks[0];
                Value onRejected = callbacks[1];
                settling.add(pool.schedule(() -> {
                    if (id == 3) {
                        onRejected.execute("no route to client 3");
                    } else {
                        onFulfilled.execute(EchoProgram.reply(id, call));
                    }
                }, 200, TimeUnit.MICROSECONDS));
                return null;
            };
            return ProxyObject.fromMap(Map.of("then", then));
        };
        try (EchoProgram program = new EchoProgram(echo)) {
            Value first = program.spawnClient(1, 4);
            Value rejected = program.spawnClient(3, 4);
            program.runtime.invokeMember("run");
            assertEquals(EchoProgram.expectedSum(1, 4), first.invokeMember("join").asInt());
            PolyglotException trap = assertThrows(PolyglotException.class, () -> rejected.invokeMember("join"));
            assertTrue(trap.getMessage().endsWith("failed: no route to client 3"), trap.getMessage());
            for (ScheduledFuture<?> call : List.copyOf(settling)) {
                call.get();
            }
        }
    }

    /** Deterministic scheduler: completions reach the threads in the order the awaits began, whatever the delays. */
    @Test
    void sameSeedSameOutputWhateverTheDelays() {
        String first = null;
        for (int run = 0; run < 3; run++) {
            DelayedEcho echo = new DelayedEcho(500);
            Map<String, String> options = Map.of("wasmroutines.Scheduler", "deterministic", "wasmroutines.Seed", "42",
                            "wasmroutines.PreemptionBudget", "5");
            try (EchoProgram program = new EchoProgram(echo, options)) {
                for (int id = 1; id <= 50; id++) {
                    program.spawnClient(id, 4);
                }
                program.runtime.invokeMember("run");
                String log = program.log();
                assertEquals(200, log.split(" ").length);
                if (first == null) {
                    first = log;
                } else {
                    assertEquals(first, log, "run " + run + " with the same seed");
                }
            }
        }
    }

    /** The README's example, as written there. */
    @Test
    void readmeExample() {
        String wat = """
                        (module
                          (import "env" "fetch" (func $fetch (param i32) (result i32)))
                          (func (export "client") (param i32) (result i32) (call $fetch (local.get 0))))""";
        try (Context context = Context.create("wasmroutines")) {
            Source source = Source.newBuilder("wasmroutines", wat, "client.wat").mimeType("text/x-wat").buildLiteral();
            Value runtime = context.getBindings("wasmroutines").getMember("runtime");
            ProxyExecutable fetch = args -> { int key = args[0].asInt(); return CompletableFuture.supplyAsync(() -> key * 2, pool); };
            Value imports = Value.asValue(ProxyObject.fromMap(Map.of("env", ProxyObject.fromMap(Map.of("fetch", fetch)))));
            Value exports = context.eval(source).newInstance(imports).getMember("exports");
            for (int i = 0; i < 1000; i++) runtime.invokeMember("spawn", exports.getMember("client"), i);
            runtime.invokeMember("run");
            Value last = runtime.invokeMember("spawn", exports.getMember("client"), 21);
            assertEquals(42, last.invokeMember("join").asInt());
        }
    }
}
