package org.wasmroutines.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyArray;
import org.graalvm.polyglot.proxy.ProxyExecutable;
import org.graalvm.polyglot.proxy.ProxyObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The polyglot API as a Java embedder uses it. */
class EmbeddingTest {
    private Context context;

    @BeforeEach
    void open() {
        context = Context.create("wasmroutines");
    }

    @AfterEach
    void close() {
        context.close();
    }

    private Value module(String wat) {
        return context.eval(Source.newBuilder("wasmroutines", wat, "test.wat").mimeType("text/x-wat").buildLiteral());
    }

    private Value exports(String wat) {
        return module(wat).invokeMember("newInstance").getMember("exports");
    }

    @Test
    void callsAnExportedFunction() {
        Value add = exports("(module (func (export \"add\") (param i32 i32) (result i32) (i32.add (local.get 0) (local.get 1))))")
                        .getMember("add");
        assertTrue(add.canExecute());
        assertEquals(42, add.execute(40, 2).asInt());
        assertEquals(Integer.MIN_VALUE, add.execute(Integer.MAX_VALUE, 1).asInt());
    }

    @Test
    void modulesAreInstantiableLikeGraalWasmModules() {
        Value module = module("(module (func (export \"f\") (result i32) (i32.const 3)))");
        assertTrue(module.canInstantiate());
        assertEquals(3, module.newInstance().getMember("exports").getMember("f").execute().asInt());
    }

    @Test
    void binaryModulesLoadFromBytes() {
        // (module (func (export "f") (result i64) (i64.const 5)))
        byte[] bytes = {0, 'a', 's', 'm', 1, 0, 0, 0, 1, 5, 1, 0x60, 0, 1, 0x7E, 3, 2, 1, 0, 7, 5, 1, 1, 'f', 0, 0,
                        10, 6, 1, 4, 0, 0x42, 5, 0x0B};
        Value module = context.eval(Source.newBuilder("wasmroutines", org.graalvm.polyglot.io.ByteSequence.create(bytes), "f.wasm").buildLiteral());
        assertEquals(5L, module.invokeMember("newInstance").getMember("exports").getMember("f").execute().asLong());
    }

    @Test
    void hostFunctionsAreImported() {
        List<Integer> logged = new ArrayList<>();
        ProxyExecutable log = args -> {
            logged.add(args[0].asInt());
            return null;
        };
        ProxyExecutable twice = args -> args[0].asInt() * 2;
        Value imports = Value.asValue(ProxyObject.fromMap(Map.of("env",
                        ProxyObject.fromMap(Map.of("log", log, "twice", twice)))));
        Value exports = module("""
                        (module
                          (import "env" "log" (func $log (param i32)))
                          (import "env" "twice" (func $twice (param i32) (result i32)))
                          (func (export "run") (result i32)
                            (call $log (i32.const 7))
                            (call $twice (i32.const 21))))""").invokeMember("newInstance", imports).getMember("exports");
        assertEquals(42, exports.getMember("run").execute().asInt());
        assertEquals(List.of(7), logged);
    }

    @Test
    void memoryIsABuffer() {
        Value exports = exports("""
                        (module (memory (export "mem") 1) (data (i32.const 8) "\\2a")
                          (func (export "load") (param i32) (result i32) (i32.load8_u (local.get 0))))""");
        Value memory = exports.getMember("mem");
        assertTrue(memory.hasBufferElements());
        assertEquals(65536, memory.getBufferSize());
        assertEquals(42, memory.readBufferByte(8));
        memory.writeBufferByte(9, (byte) 99);
        assertEquals(99, exports.getMember("load").execute(9).asInt());
    }

    /** read/write: memory access for languages that cannot view a polyglot buffer. */
    @Test
    void memoryReadAndWriteCopyBytes() {
        Value exports = exports("""
                        (module (memory (export "mem") 1) (data (i32.const 8) "\\2a\\ff")
                          (func (export "load") (param i32) (result i32) (i32.load8_u (local.get 0))))""");
        Value memory = exports.getMember("mem");
        Value read = memory.invokeMember("read", 7, 3);
        assertEquals(3, read.getArraySize());
        assertEquals(List.of(0, 42, 255), List.of(read.getArrayElement(0).asInt(), read.getArrayElement(1).asInt(), read.getArrayElement(2).asInt()));
        assertEquals(3, memory.invokeMember("write", 100, ProxyArray.fromArray(1, 200, -1)).asInt());
        assertEquals(List.of(1, 200, 255), List.of(exports.getMember("load").execute(100).asInt(), exports.getMember("load").execute(101).asInt(),
                        exports.getMember("load").execute(102).asInt()));
        PolyglotException outside = assertThrows(PolyglotException.class, () -> memory.invokeMember("read", 65535, 2));
        assertTrue(outside.getMessage().startsWith("out of bounds memory access"), outside.getMessage());
        assertThrows(PolyglotException.class, () -> memory.invokeMember("write", 65535, ProxyArray.fromArray(1, 2)));
        assertEquals(0, exports.getMember("load").execute(65535).asInt(), "a write out of bounds writes nothing");
        assertThrows(IllegalArgumentException.class, () -> memory.invokeMember("write", 0, ProxyArray.fromArray(256)));
        assertThrows(PolyglotException.class, () -> memory.invokeMember("read", -1, 1), "-1 is offset 2^32 - 1");
    }

    @Test
    void globalsAreReadableAndMutableOnesWritable() {
        Value exports = exports("""
                        (module (global (export "g") (mut i32) (i32.const 1)) (global (export "c") i64 (i64.const 2))
                          (func (export "get") (result i32) (global.get 0)))""");
        assertEquals(1, exports.getMember("g").getMember("value").asInt());
        exports.getMember("g").putMember("value", 5);
        assertEquals(5, exports.getMember("get").execute().asInt());
        assertEquals(2L, exports.getMember("c").getMember("value").asLong());
        assertThrows(Exception.class, () -> exports.getMember("c").putMember("value", 3));
    }

    @Test
    void wrongArgumentsGetClearErrors() {
        Value add = exports("(module (func (export \"add\") (param i32 i32) (result i32) (i32.add (local.get 0) (local.get 1))))")
                        .getMember("add");
        assertThrows(IllegalArgumentException.class, () -> add.execute(1));
        assertThrows(IllegalArgumentException.class, () -> add.execute("one", 2));
    }

    @Test
    void trapsAreGuestExceptionsWithTheSpecMessage() {
        Value div = exports("(module (func (export \"div\") (param i32 i32) (result i32) (i32.div_s (local.get 0) (local.get 1))))")
                        .getMember("div");
        PolyglotException e = assertThrows(PolyglotException.class, () -> div.execute(1, 0));
        assertTrue(e.isGuestException());
        assertEquals("integer divide by zero", e.getMessage());
    }

    @Test
    void deepRecursionIsATrapNotAStackOverflowError() {
        Value loop = exports("(module (func $f (export \"f\") (call $f)))").getMember("f");
        PolyglotException e = assertThrows(PolyglotException.class, loop::execute);
        assertTrue(e.isGuestException());
        assertEquals("call stack exhausted", e.getMessage());
    }

    @Test
    void malformedAndInvalidModulesAreSyntaxErrors() {
        PolyglotException malformed = assertThrows(PolyglotException.class, () -> module("(module (func (i32.const)))"));
        assertTrue(malformed.isSyntaxError(), malformed.getMessage());
        PolyglotException invalid = assertThrows(PolyglotException.class, () -> module("(module (func (result i32) (i64.const 1)))"));
        assertTrue(invalid.isSyntaxError());
        assertEquals("type mismatch", invalid.getMessage().substring(0, "type mismatch".length()));
    }

    /**
     * Truffle's safepoint (here: an embedder's interrupt) reaches a loop that never calls anything:
     * the engine relies on the LoopNode's own poll, it has none of its own.
     */
    @Test
    void aSpinningLoopIsInterruptedByTheEmbedder() throws InterruptedException {
        Value spin = exports("(module (func (export \"spin\") (loop (br 0))))").getMember("spin");
        AtomicBoolean done = new AtomicBoolean();
        Thread interrupter = new Thread(() -> {
            // Repeated, because an interrupt that arrives before the call starts has nothing to stop.
            while (!done.get()) {
                try {
                    context.interrupt(Duration.ofMillis(100));
                } catch (TimeoutException e) {
                    // still spinning: try again
                }
            }
        });
        interrupter.start();
        try {
            PolyglotException e = assertThrows(PolyglotException.class, spin::execute);
            assertTrue(e.isInterrupted(), e.toString());
        } finally {
            done.set(true);
            interrupter.join();
        }
    }
}
