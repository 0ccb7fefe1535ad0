package org.wasmroutines.interop;

import java.util.LinkedHashMap;
import java.util.Map;
import org.wasmroutines.runtime.WasmFunction;
import org.wasmroutines.runtime.WasmGlobal;
import org.wasmroutines.runtime.WasmMemory;
import org.wasmroutines.runtime.WasmTable;
import org.wasmroutines.syntax.Export;
import org.wasmroutines.syntax.ExternKind;
import org.wasmroutines.syntax.GlobalType;
import org.wasmroutines.syntax.Import;
import org.wasmroutines.syntax.Limits;
import org.wasmroutines.syntax.Module;
import org.wasmroutines.syntax.TableType;
import org.wasmroutines.syntax.ValType;

/**
 * Descriptions of a module's imports ({@code {module, name, kind, type}}) and exports
 * ({@code {name, kind, type}}) for other languages; {@code kind} is {@code func}, {@code table},
 * {@code memory} or {@code global}, {@code type} reads like {@code [i32 i32] -> [i64]},
 * {@code funcref 10..20}, {@code 1..2 shared} or {@code mut i32}.
 */
public final class ExternDescriptions {
    private ExternDescriptions() {
    }

    static ReadOnlyArray imports(Module module) {
        Object[] descriptions = new Object[module.imports.length];
        for (int i = 0; i < descriptions.length; i++) {
            Import imp = module.imports[i];
            Map<String, Object> members = new LinkedHashMap<>();
            members.put("module", imp.module());
            members.put("name", imp.name());
            members.put("kind", imp.kind().displayName());
            members.put("type", importType(module, imp));
            descriptions[i] = new ReadOnlyObject(members);
        }
        return new ReadOnlyArray(descriptions);
    }

    /** The type {@code imp} declares, as in {@code imports}: {@code [i32] -> [i64]}, {@code 1..2 shared} ... */
    public static String importType(Module module, Import imp) {
        return switch (imp.kind()) {
            case FUNC -> module.types[imp.funcTypeIndex()].toString();
            case TABLE -> table(imp.table());
            case MEMORY -> limits(imp.memory().limits());
            case GLOBAL -> global(imp.global());
        };
    }

    /**
     * What a value given for an import is, for link errors: {@code func [i32] -> []},
     * {@code memory 1..2}, ... for wasm externs, how it displays otherwise.
     */
    public static String given(Object value) {
        return switch (value) {
            case WasmFunction function -> "func " + function.type();
            case WasmTable table -> "table " + ValType.name(table.elemType()) + " " + limits(table.limits());
            case WasmMemory memory -> "memory " + limits(memory.limits());
            case WasmGlobal global -> "global " + global(global.type());
            default -> PolyglotValues.display(value);
        };
    }

    static ReadOnlyArray exports(Module module) {
        Object[] descriptions = new Object[module.exports.length];
        for (int i = 0; i < descriptions.length; i++) {
            Export export = module.exports[i];
            Map<String, Object> members = new LinkedHashMap<>();
            members.put("name", export.name());
            members.put("kind", export.kind().displayName());
            members.put("type", type(module, export.kind(), export.index()));
            descriptions[i] = new ReadOnlyObject(members);
        }
        return new ReadOnlyArray(descriptions);
    }

    private static String type(Module module, ExternKind kind, int index) {
        return switch (kind) {
            case FUNC -> module.functionType(index).toString();
            case TABLE -> table(module.tableType(index));
            case MEMORY -> limits(module.memoryType(index).limits());
            case GLOBAL -> global(module.globalType(index));
        };
    }

    private static String table(TableType type) {
        return ValType.name(type.elemType()) + " " + limits(type.limits());
    }

    private static String limits(Limits limits) {
        return limits.min() + (limits.hasMax() ? ".." + limits.max() : "..") + (limits.shared() ? " shared" : "");
    }

    private static String global(GlobalType type) {
        return (type.mutable() ? "mut " : "") + ValType.name(type.valType());
    }
}
