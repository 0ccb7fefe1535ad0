package org.wasmroutines.test.wasi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.io.IOAccess;
import org.graalvm.polyglot.proxy.ProxyExecutable;
import org.graalvm.polyglot.proxy.ProxyObject;
import org.junit.jupiter.api.Test;
import org.wasmroutines.WasmContext;
import org.wasmroutines.WasmLanguage;
import org.wasmroutines.runtime.Instantiator;
import org.wasmroutines.runtime.WasmInstance;
import org.wasmroutines.runtime.WasmMemory;
import org.wasmroutines.syntax.Module;
import org.wasmroutines.wasi.OptionList;
import org.wasmroutines.wasi.WasiModule;

/**
 * How WASI imports are linked and bound, with small text modules (no C compiler needed): the
 * {@code wasmroutines.Wasi} option, import objects that override WASI functions, import type
 * checks, memory binding (also several instances on one memory) and the option encoding.
 */
class WasiModuleTest {
    /** Writes "hi\n" with fd_write; the iovec at 0, the text at 16. */
    private static final String HELLO = """
                    (module
                      (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
                      (import "wasi_snapshot_preview1" "proc_exit" (func $proc_exit (param i32)))
                      (memory (export "memory") 1)
                      (data (i32.const 0) "\\10\\00\\00\\00\\03\\00\\00\\00")
                      (data (i32.const 16) "hi\\n")
                      (func (export "_start")
                        (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 32)))
                        (call $proc_exit (i32.const 3))))
                    """;

    private static Value module(Context context, String wat) {
        return context.eval(Source.newBuilder("wasmroutines", wat, "test.wat").mimeType("text/x-wat").buildLiteral());
    }

    private static Context.Builder wasi(ByteArrayOutputStream out) {
        return Context.newBuilder("wasmroutines").allowIO(IOAccess.ALL).option("wasmroutines.Wasi", "true").out(out);
    }

    @Test
    void textModuleWritesAndExits() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Context context = wasi(out).build()) {
            Value start = module(context, HELLO).invokeMember("newInstance").getMember("exports").getMember("_start");
            PolyglotException e = assertThrows(PolyglotException.class, start::executeVoid);
            assertTrue(e.isExit(), e.toString());
            assertEquals(3, e.getExitStatus());
            assertEquals("hi\n", out.toString(StandardCharsets.UTF_8));
            // the context stays usable after a program exits
            assertEquals(3, assertThrows(PolyglotException.class, () -> module(context, HELLO).invokeMember("newInstance")
                            .getMember("exports").getMember("_start").executeVoid()).getExitStatus());
        }
    }

    @Test
    void withoutTheOptionWasiImportsAreUnknown() {
        try (Context context = Context.create("wasmroutines")) {
            PolyglotException e = assertThrows(PolyglotException.class, () -> module(context, HELLO).invokeMember("newInstance"));
            assertEquals("unknown import \"wasi_snapshot_preview1\" \"fd_write\" (expected func [i32 i32 i32 i32] -> [i32])", e.getMessage());
        }
    }

    @Test
    void importObjectOverridesWasiFunctions() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Context context = wasi(out).build()) {
            int[] calls = {0};
            ProxyExecutable fdWrite = args -> {
                calls[0]++;
                return 0;
            };
            ProxyObject imports = ProxyObject.fromMap(Map.of("wasi_snapshot_preview1", ProxyObject.fromMap(Map.of("fd_write", fdWrite))));
            Value start = module(context, HELLO).invokeMember("newInstance", imports).getMember("exports").getMember("_start");
            assertEquals(3, assertThrows(PolyglotException.class, start::executeVoid).getExitStatus());
            assertEquals(1, calls[0]);
            assertEquals("", out.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void importTypesAreChecked() {
        try (Context context = wasi(new ByteArrayOutputStream()).build()) {
            PolyglotException wrongType = assertThrows(PolyglotException.class, () -> module(context,
                            "(module (import \"wasi_snapshot_preview1\" \"fd_write\" (func (param i32) (result i32))))").invokeMember("newInstance"));
            assertEquals("incompatible import type \"wasi_snapshot_preview1\" \"fd_write\" (expected func [i32] -> [i32], got func [i32 i32 i32 i32] -> [i32])",
                            wrongType.getMessage());
            PolyglotException unknown = assertThrows(PolyglotException.class, () -> module(context,
                            "(module (import \"wasi_snapshot_preview1\" \"fd_frobnicate\" (func)))").invokeMember("newInstance"));
            assertEquals("unknown import \"wasi_snapshot_preview1\" \"fd_frobnicate\" (expected func [] -> [])", unknown.getMessage());
        }
    }

    @Test
    void unexportedMemoryZeroIsBound() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Context context = wasi(out).build()) {
            Value start = module(context, HELLO.replace("(memory (export \"memory\") 1)", "(memory 1)")).invokeMember("newInstance")
                            .getMember("exports").getMember("_start");
            assertEquals(3, assertThrows(PolyglotException.class, start::executeVoid).getExitStatus());
            assertEquals("hi\n", out.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void noMemoryIsATrapNotACrash() {
        try (Context context = wasi(new ByteArrayOutputStream()).build()) {
            Value f = module(context, """
                            (module
                              (import "wasi_snapshot_preview1" "fd_write" (func $w (param i32 i32 i32 i32) (result i32)))
                              (func (export "f") (result i32) (call $w (i32.const 1) (i32.const 0) (i32.const 0) (i32.const 0))))
                            """).invokeMember("newInstance").getMember("exports").getMember("f");
            PolyglotException e = assertThrows(PolyglotException.class, f::execute);
            assertTrue(e.getMessage().contains("memory"), e.getMessage());
        }
    }

    @Test
    void preopenNeedsIoAccess() throws Exception {
        Path dir = Files.createTempDirectory("wasi-noio");
        try (Context context = Context.newBuilder("wasmroutines").option("wasmroutines.Wasi", "true")
                        .option("wasmroutines.WasiDirs", WasiRun.escape(dir.toString())).build()) {
            PolyglotException e = assertThrows(PolyglotException.class, () -> module(context, HELLO).invokeMember("newInstance"));
            assertTrue(e.getMessage().startsWith("WASI preopen"), e.getMessage());
        } finally {
            Files.delete(dir);
        }
    }

    /**
     * The binding for wasi-threads: instances that share one memory share one WASI program;
     * binding the program to another memory fails.
     */
    @Test
    void instancesSharingOneMemoryShareOneProgram() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Context context = wasi(out).build()) {
            context.initialize("wasmroutines");
            context.enter();
            try {
                WasmContext wasm = WasmContext.get(null);
                Module main = WasmLanguage.decode(org.wasmroutines.text.WatParser.parseModule(HELLO));
                Module thread = WasmLanguage.decode(org.wasmroutines.text.WatParser.parseModule("""
                                (module
                                  (import "env" "memory" (memory 1))
                                  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
                                  (func (export "write") (result i32) (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 32))))
                                """));
                WasiModule wasi = WasiModule.create(wasm);
                WasmInstance first = Instantiator.instantiate(wasm, main, wasi);
                wasi.bind(first);
                WasmMemory memory = (WasmMemory) first.export("memory");
                WasmInstance second = Instantiator.instantiate(wasm, thread, wasi.behind((m, n) -> "env".equals(m) && "memory".equals(n) ? memory : null));
                wasi.bind(second);
                assertEquals(0, ((org.wasmroutines.runtime.WasmFunction) second.export("write")).invoke());
                assertEquals("hi\n", out.toString(StandardCharsets.UTF_8));
                WasmInstance stranger = Instantiator.instantiate(wasm, main, wasi);
                RuntimeException e = assertThrows(RuntimeException.class, () -> wasi.bind(stranger));
                assertTrue(e.getMessage().contains("another memory"), e.getMessage());
            } finally {
                context.leave();
            }
        }
    }

    @Test
    void optionListEncoding() {
        List<String> odd = List.of("plain", "a,b", "c:d", "100%", "%2C", "", "ü,ñ::x");
        assertEquals(odd, OptionList.decode(OptionList.encode(odd)));
        assertEquals("a%2Cb,c%3Ad,100%25", OptionList.encode(List.of("a,b", "c:d", "100%")));
        assertEquals(List.of("/host/dir::/guest"), OptionList.decode("/host/dir::/guest"));
        assertEquals(List.of(), OptionList.decode(""));
        assertEquals(List.of("a%zz"), OptionList.decode("a%zz"));
    }
}
