package org.wasmroutines.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Map;
import java.util.function.Function;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;
import org.graalvm.polyglot.proxy.ProxyObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Conversions of arguments and results at the Java boundary, and the errors a Java embedder gets for wrong use. */
class EmbeddingErrorsTest {
    private static final String NUMBERS = """
                    (module
                      (func (export "add") (param i32 i32) (result i32) (i32.add (local.get 0) (local.get 1)))
                      (func (export "i64") (param i64) (result i64) (local.get 0))
                      (func (export "f32") (param f32) (result f32) (local.get 0))
                      (func (export "f64") (param f64) (result f64) (local.get 0))
                      (func (export "pair") (param i32 i64) (result i64 i32) (local.get 1) (local.get 0))
                      (func (export "none")))""";

    private Context context;
    private Value exports;

    @BeforeEach
    void open() {
        context = Context.newBuilder("wasmroutines").allowHostAccess(HostAccess.ALL).build();
        exports = module(NUMBERS).newInstance().getMember("exports");
    }

    @AfterEach
    void close() {
        context.close();
    }

    private Value module(String wat) {
        return context.eval(Source.newBuilder("wasmroutines", wat, "errors.wat").mimeType("text/x-wat").buildLiteral());
    }

    private static Value imports(Map<String, Object> env) {
        return Value.asValue(ProxyObject.fromMap(Map.of("env", ProxyObject.fromMap(env))));
    }

    @Test
    void wrongArityNamesTheFunctionItsSignatureAndTheCount() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> exports.getMember("add").execute(1));
        assertTrue(e.getMessage().contains("wasm function add [i32 i32] -> [i32]"), e.getMessage());
        assertTrue(e.getMessage().contains("Expected 2 argument(s) but got 1"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> exports.getMember("none").execute(1));
    }

    @Test
    void wrongArgumentTypeNamesTheArgumentTheSignatureAndWhatWasGiven() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> exports.getMember("add").execute("one", 2));
        assertTrue(e.getMessage().contains("argument 0 of add [i32 i32] -> [i32] must be an i32 (a 32-bit integer), got \"one\" (a string)."),
                        e.getMessage());
        IllegalArgumentException fraction = assertThrows(IllegalArgumentException.class, () -> exports.getMember("add").execute(1, 1.5));
        assertTrue(fraction.getMessage().contains("argument 1 of add [i32 i32] -> [i32] must be an i32 (a 32-bit integer), got 1.5 (a number)."),
                        fraction.getMessage());
        IllegalArgumentException flag = assertThrows(IllegalArgumentException.class, () -> exports.getMember("f64").execute(true));
        assertTrue(flag.getMessage().contains("got true (a boolean)"), flag.getMessage());
    }

    @Test
    void i32AcceptsSignedAndUnsigned32BitValues() {
        Value add = exports.getMember("add");
        assertEquals(-1, add.execute(0xFFFF_FFFFL, 0).asInt(), "unsigned 32-bit values wrap");
        assertEquals(-2, add.execute(-1L, -1).asInt());
        assertEquals(3, add.execute((byte) 1, (short) 2).asInt());
        IllegalArgumentException tooBig = assertThrows(IllegalArgumentException.class, () -> add.execute(1L << 32, 0));
        assertTrue(tooBig.getMessage().contains("got 4294967296 (an integer)"), tooBig.getMessage());
    }

    @Test
    void i64FromIntLongAndBigInteger() {
        Value i64 = exports.getMember("i64");
        assertEquals(5L, i64.execute(5).asLong());
        assertEquals(Long.MIN_VALUE, i64.execute(Long.MIN_VALUE).asLong());
        assertEquals(-1L, i64.execute(new BigInteger("18446744073709551615")).asLong(), "unsigned 64-bit values wrap");
        assertEquals(-5L, i64.execute(BigInteger.valueOf(-5)).asLong());
        assertTrue(i64.execute(7).fitsInLong());
        IllegalArgumentException tooBig = assertThrows(IllegalArgumentException.class, () -> i64.execute(BigInteger.ONE.shiftLeft(64)));
        assertTrue(tooBig.getMessage().contains("must be an i64 (a 64-bit integer), got 18446744073709551616 (an integer)."), tooBig.getMessage());
        assertThrows(IllegalArgumentException.class, () -> i64.execute(BigInteger.ONE.shiftLeft(63).negate().subtract(BigInteger.ONE)));
    }

    @Test
    void floatsRoundToTheParameterType() {
        assertEquals(0.1f, exports.getMember("f32").execute(0.1).asFloat());
        assertEquals(3.0f, exports.getMember("f32").execute(3).asFloat());
        assertEquals(Float.NaN, exports.getMember("f32").execute(Double.NaN).asFloat());
        assertEquals(1.5, exports.getMember("f64").execute(1.5f).asDouble());
        assertEquals(0x1p60, exports.getMember("f64").execute(1L << 60).asDouble());
        assertEquals(Double.NEGATIVE_INFINITY, exports.getMember("f64").execute(Double.NEGATIVE_INFINITY).asDouble());
    }

    @Test
    void severalResultsAreAnArray() {
        Value pair = exports.getMember("pair").execute(1, 2L);
        assertTrue(pair.hasArrayElements());
        assertEquals(2, pair.getArraySize());
        assertEquals(2L, pair.getArrayElement(0).asLong());
        assertEquals(1, pair.getArrayElement(1).asInt());
        assertTrue(exports.getMember("none").execute().isNull(), "no result is null");
    }

    private static final String IMPORTS_ONE = """
                    (module (import "env" "f" (func $f (param i32) (result i32)))
                      (func (export "call") (param i32) (result i32) (call $f (local.get 0))))""";

    @Test
    void importsCanBeJavaLambdas() {
        Function<Integer, Integer> twice = x -> 2 * x;
        Value call = module(IMPORTS_ONE).newInstance(imports(Map.of("f", twice))).getMember("exports").getMember("call");
        assertEquals(42, call.execute(21).asInt());
    }

    @Test
    void anImportReturningTheWrongTypeTrapsWithAClearMessage() {
        ProxyExecutable wrong = args -> "nope";
        Value call = module(IMPORTS_ONE).newInstance(imports(Map.of("f", wrong))).getMember("exports").getMember("call");
        PolyglotException e = assertThrows(PolyglotException.class, () -> call.execute(1));
        assertTrue(e.isGuestException());
        assertEquals("host function env.f returned \"nope\" (a string) where an i32 (a 32-bit integer) was expected (type [i32] -> [i32])", e.getMessage());

        Function<Integer, Object> nothing = x -> null;
        Value callLambda = module(IMPORTS_ONE).newInstance(imports(Map.of("f", nothing))).getMember("exports").getMember("call");
        PolyglotException none = assertThrows(PolyglotException.class, () -> callLambda.execute(1));
        assertEquals("host function env.f returned null where an i32 (a 32-bit integer) was expected (type [i32] -> [i32])", none.getMessage());
    }

    @Test
    void anImportReturningTheWrongNumberOfResultsTraps() {
        ProxyExecutable one = args -> 1;
        Value call = module("""
                        (module (import "env" "two" (func $two (result i32 i32)))
                          (func (export "call") (result i32 i32) (call $two)))""").newInstance(imports(Map.of("two", one))).getMember("exports").getMember("call");
        PolyglotException e = assertThrows(PolyglotException.class, call::execute);
        assertEquals("host function env.two must return an array of 2 values (type [] -> [i32 i32]), got 1 (an integer)", e.getMessage());
        ProxyExecutable two = args -> new int[]{4, 5};
        Value ok = module("""
                        (module (import "env" "two" (func $two (result i32 i32)))
                          (func (export "call") (result i32 i32) (call $two)))""").newInstance(imports(Map.of("two", two))).getMember("exports").getMember("call");
        assertEquals(5, ok.execute().getArrayElement(1).asInt());
    }

    @Test
    void aMissingImportIsALinkErrorNamingModuleFieldAndType() {
        Value module = module("""
                        (module (import "env" "f" (func (param i32) (result i32))) (import "env" "m" (memory 1 2))
                          (import "env" "g" (global (mut i64))))""");
        PolyglotException noObject = assertThrows(PolyglotException.class, module::newInstance);
        assertEquals("unknown import \"env\" \"f\" (expected func [i32] -> [i32])", noObject.getMessage());
        ProxyExecutable f = args -> 0;
        PolyglotException noMemory = assertThrows(PolyglotException.class, () -> module.newInstance(imports(Map.of("f", f))));
        assertEquals("unknown import \"env\" \"m\" (expected memory 1..2)", noMemory.getMessage());
        PolyglotException wrongKind = assertThrows(PolyglotException.class, () -> module.newInstance(imports(Map.of("f", 3))));
        assertEquals("incompatible import type \"env\" \"f\" (expected func [i32] -> [i32], got 3)", wrongKind.getMessage());
        Value unbounded = module("(module (memory (export \"m\") 1))").newInstance().getMember("exports").getMember("m");
        PolyglotException limits = assertThrows(PolyglotException.class, () -> module.newInstance(imports(Map.of("f", f, "m", unbounded))));
        assertEquals("incompatible import type \"env\" \"m\" (expected memory 1..2, got memory 1..)", limits.getMessage());
        Value memory = module("(module (memory (export \"m\") 1 2))").newInstance().getMember("exports").getMember("m");
        PolyglotException mutable = assertThrows(PolyglotException.class, () -> module.newInstance(imports(Map.of("f", f, "m", memory, "g", 5L))));
        assertEquals("incompatible import type \"env\" \"g\" (expected global mut i64, got 5)", mutable.getMessage());
        Value wrongFunction = module("(module (func (export \"h\") (param i64)))").newInstance().getMember("exports").getMember("h");
        PolyglotException signature = assertThrows(PolyglotException.class, () -> module.newInstance(imports(Map.of("f", wrongFunction))));
        assertEquals("incompatible import type \"env\" \"f\" (expected func [i32] -> [i32], got func [i64] -> [])", signature.getMessage());
    }

    @Test
    void everyObjectIsAWasmroutinesValueThatDisplaysWhatItIs() {
        Value all = module("""
                        (module (memory (export "mem") 1 2) (global (export "g") (mut i64) (i64.const 3)) (table (export "t") 2 funcref)
                          (func (export "f")))""").newInstance().getMember("exports");
        Value runtime = context.getBindings("wasmroutines").getMember("runtime");
        Value thread = runtime.invokeMember("spawn", all.getMember("f"));
        for (Value value : new Value[]{all, all.getMember("mem"), all.getMember("g"), all.getMember("t"), all.getMember("f"), runtime, thread,
                        context.getBindings("wasmroutines"), module("(module)")}) {
            assertTrue(value.toString().contains("wasm"), value.toString());
        }
        IndexOutOfBoundsException outside = assertThrows(IndexOutOfBoundsException.class, () -> all.getMember("mem").readBufferByte(1 << 20));
        assertTrue(outside.getMessage().contains("'" + all.getMember("mem") + "'(language: Wasmroutines"), outside.getMessage());
    }

    @Test
    void theRuntimeUsedFromASecondJavaThreadSaysSo() throws InterruptedException {
        Value runtime = context.getBindings("wasmroutines").getMember("runtime");
        runtime.invokeMember("spawn", exports.getMember("none"));
        runtime.invokeMember("runUntilIdle"); // this thread is the carrier now
        PolyglotException[] seen = new PolyglotException[1];
        Thread other = new Thread(() -> seen[0] = assertThrows(PolyglotException.class, () -> runtime.invokeMember("run")));
        other.start();
        other.join();
        assertTrue(seen[0].isGuestException() && !seen[0].isInternalError(), seen[0].toString());
        assertTrue(seen[0].getMessage().startsWith("wasmroutines runtime: run cannot run here: scheduler used from Thread["), seen[0].getMessage());
        assertTrue(seen[0].getMessage().endsWith("(call the runtime and join threads from one Java thread)"), seen[0].getMessage());
    }
}
