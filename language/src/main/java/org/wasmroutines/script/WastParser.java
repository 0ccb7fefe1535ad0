package org.wasmroutines.script;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.wasmroutines.errors.Failure;
import org.wasmroutines.errors.WasmException;
import org.wasmroutines.runtime.WasmNull;
import org.wasmroutines.script.Command.ModuleDef;
import org.wasmroutines.script.Command.ModuleForm;
import org.wasmroutines.script.Command.Phase;
import org.wasmroutines.script.Expected.Kind;
import org.wasmroutines.text.FloatLiterals;
import org.wasmroutines.text.NumberLiterals;
import org.wasmroutines.text.SExpr;
import org.wasmroutines.text.SExprReader;

/**
 * A wast script to its {@link Command}s. Text modules are kept as their source text, so that a
 * malformed module fails when its command runs, not when the script is read.
 *
 * @see <a href="https://github.com/WebAssembly/spec/tree/main/interpreter#scripts">Script syntax</a>
 */
public final class WastParser {
    private static final java.util.Set<String> MODULE_FIELDS = java.util.Set.of("type", "import", "func", "table",
            "memory", "global", "export", "start", "elem", "data");

    private final String source;

    private WastParser(String source) {
        this.source = source;
    }

    public static List<Command> parse(String source) {
        WastParser parser = new WastParser(source);
        List<Command> commands = new ArrayList<>();
        List<SExpr> top = SExprReader.read(source);
        if (!top.isEmpty() && top.get(0).head() != null && MODULE_FIELDS.contains(top.get(0).head())) {
            // A script of bare module fields is one inline module.
            commands.add(new ModuleDef(top.get(0).line, null, ModuleForm.TEXT, source, null));
            return commands;
        }
        for (SExpr e : top) {
            commands.add(parser.command(e));
        }
        return commands;
    }

    private static WasmException error(SExpr e, String what) {
        return WasmException.create(Failure.UNEXPECTED_TOKEN, what + " at line " + e.line);
    }

    private Command command(SExpr e) {
        String head = e.head();
        if (head == null) {
            throw error(e, "command expected");
        }
        List<SExpr> items = e.items;
        return switch (head) {
            case "module" -> module(e);
            case "register" -> new Command.Register(e.line, string(items.get(1)),
                    items.size() > 2 ? items.get(2).text : null);
            case "invoke", "get" -> new Command.Perform(e.line, action(e));
            case "assert_return" -> {
                List<Expected> expected = new ArrayList<>();
                for (int i = 2; i < items.size(); i++) {
                    expected.add(expected(items.get(i)));
                }
                yield new Command.AssertReturn(e.line, action(items.get(1)), expected);
            }
            case "assert_trap" -> items.get(1).isList("module")
                    ? new Command.AssertTrap(e.line, null, module(items.get(1)), string(items.get(2)))
                    : new Command.AssertTrap(e.line, action(items.get(1)), null, string(items.get(2)));
            case "assert_exhaustion" -> new Command.AssertExhaustion(e.line, action(items.get(1)), string(items.get(2)));
            case "assert_malformed" -> failure(e, Phase.MALFORMED);
            case "assert_invalid" -> failure(e, Phase.INVALID);
            case "assert_unlinkable" -> failure(e, Phase.UNLINKABLE);
            case "assert_uninstantiable" -> failure(e, Phase.UNINSTANTIABLE);
            case "thread" -> thread(e);
            case "wait" -> new Command.Wait(e.line, items.get(1).text);
            default -> throw error(e, "unknown command " + head);
        };
    }

    private Command failure(SExpr e, Phase phase) {
        return new Command.AssertModuleFailure(e.line, phase, module(e.items.get(1)), string(e.items.get(2)));
    }

    private ModuleDef module(SExpr e) {
        if (!e.isList("module")) {
            throw error(e, "module expected");
        }
        int i = 1;
        String id = null;
        if (i < e.items.size() && e.items.get(i).isId()) {
            id = e.items.get(i++).text;
        }
        if (i < e.items.size() && (e.items.get(i).is("binary") || e.items.get(i).is("quote"))) {
            ModuleForm form = e.items.get(i).is("binary") ? ModuleForm.BINARY : ModuleForm.QUOTE;
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            for (int j = i + 1; j < e.items.size(); j++) {
                if (!e.items.get(j).isString()) {
                    throw error(e.items.get(j), "string expected");
                }
                bytes.writeBytes(e.items.get(j).bytes); // quoted pieces join without separator, as in the reference
            }
            return new ModuleDef(e.line, id, form, null, bytes.toByteArray());
        }
        return new ModuleDef(e.line, id, ModuleForm.TEXT, source.substring(e.start, e.end), null);
    }

    private Command thread(SExpr e) {
        String id = e.items.get(1).text;
        List<String> shared = new ArrayList<>();
        List<Command> body = new ArrayList<>();
        for (int i = 2; i < e.items.size(); i++) {
            SExpr item = e.items.get(i);
            if (item.isList("shared")) {
                for (int j = 1; j < item.items.size(); j++) {
                    SExpr m = item.items.get(j);
                    if (!m.isList("module") || m.items.size() < 2) {
                        throw error(m, "(module $id) expected");
                    }
                    shared.add(m.items.get(1).text);
                }
            } else {
                body.add(command(item));
            }
        }
        return new Command.Thread(e.line, id, shared, body);
    }

    private static Action action(SExpr e) {
        boolean isGet = e.isList("get");
        if (!isGet && !e.isList("invoke")) {
            throw error(e, "action expected");
        }
        int i = 1;
        String moduleId = null;
        if (e.items.get(i).isId()) {
            moduleId = e.items.get(i++).text;
        }
        String name = string(e.items.get(i++));
        List<Object> args = new ArrayList<>();
        for (; i < e.items.size(); i++) {
            args.add(argument(e.items.get(i)));
        }
        return new Action(isGet, moduleId, name, args);
    }

    private static String string(SExpr e) {
        if (!e.isString()) {
            throw error(e, "string expected");
        }
        return new String(e.bytes, StandardCharsets.UTF_8);
    }

    /** An argument constant: {@code (t.const n)}, {@code (ref.null t)}, {@code (ref.extern n)}. */
    private static Object argument(SExpr e) {
        String head = e.head();
        String value = e.items.size() > 1 ? e.items.get(1).text : null;
        if (head == null || (value == null && !"ref.null".equals(head))) {
            throw error(e, "constant expected");
        }
        return switch (head) {
            case "i32.const" -> NumberLiterals.i32(value);
            case "i64.const" -> NumberLiterals.i64(value);
            case "f32.const" -> Float.intBitsToFloat(FloatLiterals.f32Bits(value));
            case "f64.const" -> Double.longBitsToDouble(FloatLiterals.f64Bits(value));
            case "ref.null" -> WasmNull.NULL;
            case "ref.extern" -> new ExternRef(NumberLiterals.i64(value));
            default -> throw error(e, "constant expected");
        };
    }

    private static Expected expected(SExpr e) {
        String head = e.head();
        if (head == null) {
            throw error(e, "result expected");
        }
        String value = e.items.size() > 1 ? e.items.get(1).text : null;
        return switch (head) {
            case "i32.const" -> Expected.of(Kind.I32, NumberLiterals.i32(value));
            case "i64.const" -> Expected.of(Kind.I64, NumberLiterals.i64(value));
            case "f32.const" -> switch (value) {
                case "nan:canonical" -> Expected.of(Kind.F32_CANONICAL_NAN, 0);
                case "nan:arithmetic" -> Expected.of(Kind.F32_ARITHMETIC_NAN, 0);
                default -> Expected.of(Kind.F32, FloatLiterals.f32Bits(value) & 0xFFFFFFFFL);
            };
            case "f64.const" -> switch (value) {
                case "nan:canonical" -> Expected.of(Kind.F64_CANONICAL_NAN, 0);
                case "nan:arithmetic" -> Expected.of(Kind.F64_ARITHMETIC_NAN, 0);
                default -> Expected.of(Kind.F64, FloatLiterals.f64Bits(value));
            };
            case "ref.null" -> Expected.of(Kind.REF_NULL, 0);
            case "ref.func" -> Expected.of(Kind.REF_FUNC, 0);
            case "ref.extern" -> value == null ? Expected.of(Kind.REF_EXTERN_ANY, 0)
                    : Expected.of(Kind.REF_EXTERN, NumberLiterals.i64(value));
            case "either" -> {
                List<Expected> alternatives = new ArrayList<>();
                for (int i = 1; i < e.items.size(); i++) {
                    alternatives.add(expected(e.items.get(i)));
                }
                yield new Expected(Kind.EITHER, 0, alternatives);
            }
            default -> throw error(e, "result expected");
        };
    }
}
