package org.wasmroutines.test.wasi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;

/**
 * {@code wasi} {@code thread-spawn} on small text modules (no clang needed): ids, the new
 * instance's own globals over the shared memory, and the negative results for programs that
 * cannot have threads.
 */
class ThreadSpawnTest {
    /** WASI errno {@code inval}. */
    private static final int INVAL = 28;

    private static Value exports(Context context, String wat) {
        Value module = context.eval(Source.newBuilder("wasmroutines", wat, "spawn.wat").mimeType("text/x-wat").buildLiteral());
        return module.invokeMember("newInstance").getMember("exports");
    }

    private static Context wasiContext() {
        return Context.newBuilder("wasmroutines").option("wasmroutines.Wasi", "true").build();
    }

    /**
     * Two threads, each in its own instance: its global starts at 0 whatever the main instance's
     * says, and it stores its id at the address it was given, then notifies. The shared memory is
     * imported and created by the host from the import's type.
     */
    private static final String TWO_THREADS = """
                    (module
                      (import "wasi" "thread-spawn" (func $spawn (param i32) (result i32)))
                      (import "env" "memory" (memory 1 1 shared))
                      (global $mine (mut i32) (i32.const 0))
                      (func (export "wasi_thread_start") (param $tid i32) (param $arg i32)
                        (i32.atomic.store (local.get $arg) (i32.add (local.get $tid) (i32.mul (global.get $mine) (i32.const 1000000))))
                        (drop (memory.atomic.notify (local.get $arg) (i32.const 1))))
                      (func $await (param $addr i32) (result i32)
                        (loop $again
                          (if (i32.eqz (i32.atomic.load (local.get $addr)))
                            (then (drop (memory.atomic.wait32 (local.get $addr) (i32.const 0) (i64.const -1))) (br $again))))
                        (i32.atomic.load (local.get $addr)))
                      (func (export "run") (result i32 i32 i32 i32)
                        (global.set $mine (i32.const 7))
                        (call $spawn (i32.const 16))
                        (call $spawn (i32.const 32))
                        (call $await (i32.const 16))
                        (call $await (i32.const 32))))
                    """;

    @Test
    void spawnedThreadsGetDistinctPositiveIdsAndTheirOwnInstance() {
        try (Context context = wasiContext()) {
            Value results = exports(context, TWO_THREADS).getMember("run").execute();
            int first = results.getArrayElement(0).asInt();
            int second = results.getArrayElement(1).asInt();
            assertTrue(first > 0 && first < (1 << 29), "id " + first);
            assertTrue(second > 0 && second < (1 << 29), "id " + second);
            assertNotEquals(first, second);
            assertEquals(first, results.getArrayElement(2).asInt(), "thread 1 saw its id and a fresh global");
            assertEquals(second, results.getArrayElement(3).asInt(), "thread 2 saw its id and a fresh global");
        }
    }

    @Test
    void unsharedMemoryCannotHaveThreads() {
        String wat = """
                        (module
                          (import "wasi" "thread-spawn" (func $spawn (param i32) (result i32)))
                          (memory (export "memory") 1)
                          (func (export "wasi_thread_start") (param i32 i32))
                          (func (export "run") (result i32) (call $spawn (i32.const 0))))
                        """;
        try (Context context = wasiContext()) {
            assertEquals(-INVAL, exports(context, wat).getMember("run").execute().asInt());
        }
    }

    @Test
    void moduleWithoutThreadStartCannotHaveThreads() {
        String wat = """
                        (module
                          (import "wasi" "thread-spawn" (func $spawn (param i32) (result i32)))
                          (memory (export "memory") 1 1 shared)
                          (func (export "run") (result i32) (call $spawn (i32.const 0))))
                        """;
        try (Context context = wasiContext()) {
            assertEquals(-INVAL, exports(context, wat).getMember("run").execute().asInt());
        }
    }
}
