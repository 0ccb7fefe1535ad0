package org.wasmroutines.runtime;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.wasmroutines.WasmContext;
import org.wasmroutines.syntax.FuncType;
import org.wasmroutines.syntax.GlobalType;
import org.wasmroutines.syntax.ValType;

/**
 * The {@code spectest} module the official test scripts import from: print functions that write
 * their arguments to the context's output, the globals {@code global_i32} (666), {@code global_i64}
 * (666), {@code global_f32} (666.6) and {@code global_f64} (666.6), a {@code table} of 10..20
 * funcrefs, a {@code memory} of 1..2 pages and, for the threads tests, a {@code shared_memory} of
 * 1..2 pages.
 *
 * @see <a href="https://github.com/WebAssembly/spec/blob/main/interpreter/host/spectest.ml">spectest.ml</a>
 */
public final class SpecTestModule implements ImportResolver {
    public static final String NAME = "spectest";

    private final Map<String, Object> exports = new LinkedHashMap<>();

    private SpecTestModule(WasmContext context) {
        PrintStream out = context.out();
        printer(context, "print", out);
        printer(context, "print_i32", out, ValType.I32);
        printer(context, "print_i64", out, ValType.I64);
        printer(context, "print_f32", out, ValType.F32);
        printer(context, "print_f64", out, ValType.F64);
        printer(context, "print_i32_f32", out, ValType.I32, ValType.F32);
        printer(context, "print_f64_f64", out, ValType.F64, ValType.F64);
        exports.put("global_i32", new WasmGlobal(new GlobalType(ValType.I32, false), 666));
        exports.put("global_i64", new WasmGlobal(new GlobalType(ValType.I64, false), 666L));
        exports.put("global_f32", new WasmGlobal(new GlobalType(ValType.F32, false), 666.6f));
        exports.put("global_f64", new WasmGlobal(new GlobalType(ValType.F64, false), 666.6));
        exports.put("table", new WasmTable(ValType.FUNCREF, 10, 20, WasmNull.NULL, context.maxTableSize()));
        exports.put("memory", new WasmMemory(1, 2, false, context.maxMemoryPages()));
        exports.put("shared_memory", new WasmMemory(1, 2, true, context.maxMemoryPages()));
    }

    /** A new, separate {@code spectest} instance; {@link WasmContext#specTest()} shares one per context. */
    public static SpecTestModule create(WasmContext context) {
        return new SpecTestModule(context);
    }

    private void printer(WasmContext context, String name, PrintStream out, byte... params) {
        FuncType type = new FuncType(params, new byte[0]);
        exports.put(name, HostFunction.create(context.language(), type, NAME + "." + name, args -> {
            // the reference interpreter's format: one "value : type" line per argument
            for (int i = 0; i < args.length; i++) {
                out.println(args[i] + " : " + ValType.name(params[i]));
            }
            return null;
        }));
    }

    /** The export {@code name}, or null. */
    public Object export(String name) {
        return exports.get(name);
    }

    /** All exports by name, in the order above. */
    public Map<String, Object> exports() {
        return java.util.Collections.unmodifiableMap(exports);
    }

    /** Resolves imports from module {@value #NAME}; anything else is unknown. */
    @Override
    public Object resolve(String module, String name) {
        return NAME.equals(module) ? exports.get(name) : null;
    }
}
