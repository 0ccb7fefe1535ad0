package org.wasmroutines.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
 * The text compiler writes identifiers into the {@code name} section, so a trap's polyglot stack
 * trace names the functions as the source does instead of {@code func[i]}.
 */
class NameSectionTest {
    private Context context;

    @BeforeEach
    void open() {
        context = Context.create("wasmroutines");
    }

    @AfterEach
    void close() {
        context.close();
    }

    private Value exports(String wat, Object... imports) {
        Source source = Source.newBuilder("wasmroutines", wat, "names.wat").mimeType("text/x-wat").buildLiteral();
        return context.eval(source).invokeMember("newInstance", imports).getMember("exports");
    }

    /** The root names of the guest frames, innermost first. */
    private static List<String> guestFrames(PolyglotException e) {
        List<String> names = new ArrayList<>();
        for (PolyglotException.StackFrame frame : e.getPolyglotStackTrace()) {
            if (frame.isGuestFrame()) {
                names.add(frame.getRootName());
            }
        }
        return names;
    }

    @Test
    void trapInNestedCallShowsFunctionIds() {
        List<Integer> logged = new ArrayList<>();
        ProxyExecutable log = args -> {
            logged.add(args[0].asInt());
            return null;
        };
        Value imports = Value.asValue(ProxyObject.fromMap(Map.of("env", ProxyObject.fromMap(Map.of("log", log)))));
        // the imported function takes index 0, so the defined ones' names must start at index 1
        Value run = exports("""
                        (module $names
                          (import "env" "log" (func $log (param i32)))
                          (func $inner (param $depth i32) (local $unused i64)
                            unreachable)
                          (func $middle (param i32)
                            (call $log (local.get 0))
                            (call $inner (local.get 0)))
                          (func (export "run")
                            (call $middle (i32.const 2))))
                        """, imports).getMember("run");
        PolyglotException e = assertThrows(PolyglotException.class, run::executeVoid);
        assertTrue(e.getMessage().contains("unreachable"), e.getMessage());
        assertEquals(List.of(2), logged);
        List<String> frames = guestFrames(e);
        assertTrue(frames.size() >= 3, frames.toString());
        // the unnamed exported function falls back to its export name
        assertEquals(List.of("inner", "middle", "run"), frames.subList(0, 3));
    }

    @Test
    void functionsWithoutIdsKeepTheirIndexNames() {
        Value run = exports("""
                        (module
                          (func unreachable)
                          (func (export "run") (call 0)))
                        """).getMember("run");
        PolyglotException e = assertThrows(PolyglotException.class, run::executeVoid);
        assertEquals(List.of("func[0]", "run"), guestFrames(e).subList(0, 2));
    }
}
