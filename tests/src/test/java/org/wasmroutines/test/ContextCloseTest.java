package org.wasmroutines.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;
import org.graalvm.polyglot.proxy.ProxyObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Closing a context whose wasm threads are still blocked: on {@code memory.atomic.wait}, on a host
 * future that never completes, on a blocking WASI read, asleep in {@code poll_oneoff}, or spinning
 * on another Java thread. {@code close()} returns, no helper thread is left, the suspended stacks
 * become garbage (each blocked thread holds a marker object in a wasm local: it must be reachable
 * before the close and collectable after it), and a future completed after the close does nothing.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ContextCloseTest {
    /** Every export takes an externref that stays in its frame (local 0) while the thread is blocked. */
    private static final String PROGRAM = """
                    (module
                      (import "wasi_snapshot_preview1" "fd_read" (func $fd_read (param i32 i32 i32 i32) (result i32)))
                      (import "wasi_snapshot_preview1" "poll_oneoff" (func $poll_oneoff (param i32 i32 i32 i32) (result i32)))
                      (import "host" "never" (func $never (result i32)))
                      (import "host" "after" (func $after (param i32)))
                      (import "host" "started" (func $started))
                      (memory (export "memory") 1 1 shared)
                      (func (export "wait") (param externref) (result i32)
                        (memory.atomic.wait32 (i32.const 1024) (i32.const 0) (i64.const -1)))
                      (func (export "await") (param externref)
                        (call $after (call $never)))
                      (func (export "read") (param externref) (result i32)
                        (i32.store (i32.const 0) (i32.const 16))
                        (i32.store (i32.const 4) (i32.const 8))
                        (call $fd_read (i32.const 0) (i32.const 0) (i32.const 1) (i32.const 32)))
                      (func (export "sleep") (param externref) (result i32)
                        ;; one clock subscription at 64: monotonic clock, relative timeout of an hour
                        (i32.store8 (i32.const 72) (i32.const 0))
                        (i32.store (i32.const 80) (i32.const 1))
                        (i64.store (i32.const 88) (i64.const 3600000000000))
                        (call $poll_oneoff (i32.const 64) (i32.const 128) (i32.const 1) (i32.const 192)))
                      (func (export "spin") (param externref)
                        (call $started)
                        (loop $forever (br $forever))))""";

    private static final Source SOURCE = Source.newBuilder("wasmroutines", PROGRAM, "close.wat").mimeType("text/x-wat").buildLiteral();

    /** A context with {@link #PROGRAM} instantiated, its host imports recording what happens. */
    private static final class Program implements AutoCloseable {
        final Context context;
        final Value runtime;
        final Value exports;
        final List<CompletableFuture<Integer>> neverCompleted = new ArrayList<>();
        final AtomicInteger afterCalls = new AtomicInteger();
        final CountDownLatch started = new CountDownLatch(1);
        final PipedOutputStream stdinWriter = new PipedOutputStream();

        Program(Engine engine) {
            this(engine, "default");
        }

        Program(Engine engine, String scheduler) {
            PipedInputStream stdin = new PipedInputStream();
            try {
                stdin.connect(stdinWriter);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            Context.Builder builder = Context.newBuilder("wasmroutines").in(stdin).option("wasmroutines.Wasi", "true")
                            .option("wasmroutines.Scheduler", scheduler);
            context = (engine == null ? builder : builder.engine(engine)).build();
            ProxyExecutable never = args -> {
                CompletableFuture<Integer> future = new CompletableFuture<>();
                neverCompleted.add(future);
                return future;
            };
            ProxyExecutable after = args -> afterCalls.incrementAndGet();
            ProxyExecutable start = args -> {
                started.countDown();
                return null;
            };
            Value imports = Value.asValue(ProxyObject.fromMap(Map.of("host", ProxyObject.fromMap(Map.of("never", never, "after", after, "started", start)))));
            exports = context.eval(SOURCE).newInstance(imports).getMember("exports");
            runtime = context.getBindings("wasmroutines").getMember("runtime");
        }

        /** Spawns {@code export} with a new marker object and returns a weak reference to the marker. */
        WeakReference<Object> spawnHolding(String export) {
            Object marker = new Object();
            runtime.invokeMember("spawn", exports.getMember(export), marker);
            return new WeakReference<>(marker);
        }

        @Override
        public void close() {
            context.close();
        }
    }

    @Test
    void closingDropsThreadsBlockedInEveryWay() throws Exception {
        Set<Thread> before = liveThreads();
        Program program = new Program(null);
        List<WeakReference<Object>> markers = new ArrayList<>();
        for (String export : List.of("wait", "await", "read", "sleep")) {
            markers.add(program.spawnHolding(export));
        }
        program.runtime.invokeMember("runUntilIdle");
        Value threads = program.runtime.invokeMember("threads");
        assertEquals(List.of("PARKED", "AWAITING_HOST", "AWAITING_HOST", "SLEEPING"), states(threads));
        assertTrue(liveThreads().stream().anyMatch(t -> t.getName().startsWith("wasmroutines-wasi-read")), "a helper reads standard input");
        System.gc();
        for (WeakReference<Object> marker : markers) {
            assertNotNull(marker.get(), "a blocked thread's frame holds its marker");
        }

        program.close();

        for (WeakReference<Object> marker : markers) {
            awaitTrue(() -> {
                System.gc();
                return marker.get() == null;
            }, "the dropped thread's stack was collected");
        }
        awaitTrue(() -> newThreads(before).isEmpty(), "no thread is left: " + newThreads(before));

        // the host completes its future after the close: nothing runs, nothing is thrown at it
        CompletableFuture<Integer> future = program.neverCompleted.get(0);
        assertTrue(future.complete(7));
        assertEquals(0, program.afterCalls.get(), "the wasm thread did not continue in the closed context");
        program.stdinWriter.close();
    }

    @Test
    void closeWithCancelStopsAThreadSpinningOnAnotherJavaThread() throws Exception {
        Program program = new Program(null);
        WeakReference<Object> marker = program.spawnHolding("spin");
        AtomicReference<Throwable> carrierSaw = new AtomicReference<>();
        Thread carrier = startCarrier(program, carrierSaw);
        assertTrue(program.started.await(60, TimeUnit.SECONDS));

        IllegalStateException busy = assertThrows(IllegalStateException.class, () -> program.context.close());
        assertTrue(busy.getMessage().contains("another thread"), busy.getMessage());

        program.context.close(true);
        carrier.join();
        PolyglotException cancelled = assertInstanceOf(PolyglotException.class, carrierSaw.get());
        assertTrue(cancelled.isCancelled(), cancelled.toString());
        awaitTrue(() -> {
            System.gc();
            return marker.get() == null;
        }, "the cancelled thread's stack was collected");
    }

    @Test
    void closeWithCancelStopsAPlainExportCallSpinningOnAnotherJavaThread() throws Exception {
        Program program = new Program(null);
        AtomicReference<Throwable> callerSaw = new AtomicReference<>();
        Thread caller = new Thread(() -> {
            try {
                program.exports.getMember("spin").execute((Object) null);
            } catch (Throwable t) {
                callerSaw.set(t);
            }
        }, "test-caller");
        caller.start();
        assertTrue(program.started.await(60, TimeUnit.SECONDS));
        program.context.close(true);
        caller.join();
        assertTrue(assertInstanceOf(PolyglotException.class, callerSaw.get()).isCancelled());
    }

    @ParameterizedTest
    @ValueSource(strings = {"default", "deterministic"})
    void closeWithCancelReachesACarrierWaitingForAHostFuture(String scheduler) throws Exception {
        Program program = new Program(null, scheduler);
        WeakReference<Object> marker = program.spawnHolding("await");
        AtomicReference<Throwable> carrierSaw = new AtomicReference<>();
        Thread carrier = startCarrier(program, carrierSaw);
        awaitTrue(() -> carrier.getState() == Thread.State.WAITING && !program.neverCompleted.isEmpty(), "the carrier waits for the future");
        program.context.close(true);
        carrier.join();
        assertTrue(assertInstanceOf(PolyglotException.class, carrierSaw.get()).isCancelled());
        awaitTrue(() -> {
            System.gc();
            return marker.get() == null;
        }, "the waiting thread's stack was collected");
        program.neverCompleted.get(0).complete(1);
        assertEquals(0, program.afterCalls.get());
    }

    /** Runs the program's scheduler on a new Java thread; what ends that run goes to {@code saw}. */
    private static Thread startCarrier(Program program, AtomicReference<Throwable> saw) {
        Thread carrier = new Thread(() -> {
            try {
                program.runtime.invokeMember("run");
            } catch (Throwable t) {
                saw.set(t);
            }
        }, "test-carrier");
        carrier.start();
        return carrier;
    }

    /** 200 contexts, each closed with blocked threads: no thread, no stack and no context outlives its close. */
    @Test
    void twoHundredContextsLeaveNothingBehind() throws Exception {
        try (Engine engine = Engine.newBuilder("wasmroutines").option("engine.WarnInterpreterOnly", "false").build()) {
            closeOneProgram(engine); // engine-wide threads and caches that outlive one context start here
            Set<Thread> before = liveThreads();
            long heapBefore = usedHeapAfterGc();
            List<WeakReference<Object>> markers = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                markers.addAll(closeOneProgram(engine));
            }
            awaitTrue(() -> newThreads(before).isEmpty(), "no thread is left: " + newThreads(before));
            awaitTrue(() -> {
                System.gc();
                return markers.stream().allMatch(m -> m.get() == null);
            }, "every dropped stack was collected");
            long growth = usedHeapAfterGc() - heapBefore;
            // measured: about 20 KB on a 6 MB heap; the bound only leaves room for the collector's noise
            assertTrue(growth < 8L << 20, "heap grew by " + growth + " bytes over 200 contexts");
        }
    }

    private static List<WeakReference<Object>> closeOneProgram(Engine engine) {
        Program program = new Program(engine);
        List<WeakReference<Object>> markers = new ArrayList<>();
        for (String export : List.of("wait", "await", "read", "sleep")) {
            markers.add(program.spawnHolding(export));
        }
        program.runtime.invokeMember("runUntilIdle");
        assertEquals(4, program.runtime.getMember("counters").getMember("live").asInt());
        program.close();
        return markers;
    }

    private static List<String> states(Value threads) {
        List<String> states = new ArrayList<>();
        for (long i = 0; i < threads.getArraySize(); i++) {
            states.add(threads.getArrayElement(i).getMember("state").asString());
        }
        return states;
    }

    private static Set<Thread> liveThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).collect(Collectors.toSet());
    }

    /** Threads alive now that were not before, leaving out the JDK's own shared daemons (the common pool, the delayer of CompletableFuture). */
    private static List<String> newThreads(Set<Thread> before) {
        return liveThreads().stream().filter(t -> !before.contains(t)).map(Thread::getName)
                        .filter(name -> !name.startsWith("ForkJoinPool.commonPool") && !name.equals("CompletableFutureDelayScheduler"))
                        .collect(Collectors.toList());
    }

    private static long usedHeapAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    /** Polls {@code condition} (which may run a GC) for up to a minute; this bounds a hang, it measures no speed. */
    private static void awaitTrue(BooleanSupplier condition, Object message) throws InterruptedException {
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - giveUp > 0) {
                throw new AssertionError(String.valueOf(message));
            }
            Thread.sleep(20);
        }
    }

    private static <T> T assertInstanceOf(Class<T> type, Object value) {
        assertNotNull(value, "expected " + type.getSimpleName() + ", got nothing");
        assertTrue(type.isInstance(value), "expected " + type.getSimpleName() + ", got " + value);
        return type.cast(value);
    }
}
