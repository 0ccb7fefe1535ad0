package org.wasmroutines.runtime;

import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import org.wasmroutines.WasmContext;
import org.wasmroutines.errors.Failure;
import org.wasmroutines.errors.WasmException;
import org.wasmroutines.interop.ExternDescriptions;
import org.wasmroutines.interop.PolyglotValues;
import org.wasmroutines.syntax.FuncType;
import org.wasmroutines.syntax.GlobalType;
import org.wasmroutines.syntax.Import;
import org.wasmroutines.syntax.Limits;
import org.wasmroutines.syntax.Module;

/**
 * Resolves one import and checks that the value matches the declared external type, or fails
 * with "unknown import" / "incompatible import type" (both unlinkable; after the spec's words, the
 * module and field, the declared type and what was given). A host callable given for
 * a function import becomes a {@link HostFunction} of the declared type; a plain value given for
 * an immutable global import becomes a constant {@link WasmGlobal}.
 *
 * @see <a href="https://webassembly.github.io/spec/core/valid/types.html#import-subtyping">Import subtyping</a>
 */
final class ImportLinker {
    private ImportLinker() {
    }

    static Object link(WasmContext context, Module module, Import imp, ImportResolver resolver) {
        Object value = resolver.resolve(imp.module(), imp.name());
        if (value == null) {
            throw WasmException.create(Failure.UNKNOWN_IMPORT, quoted(imp) + " (expected " + expected(module, imp) + ")");
        }
        Object linked = switch (imp.kind()) {
            case FUNC -> function(context, module.types[imp.funcTypeIndex()], imp, value);
            case TABLE -> value instanceof WasmTable table && table.elemType() == imp.table().elemType()
                            && matches(table.limits(), imp.table().limits()) ? table : null;
            case MEMORY -> value instanceof WasmMemory memory && matches(memory.limits(), imp.memory().limits()) ? memory : null;
            case GLOBAL -> global(imp.global(), value);
        };
        if (linked == null) {
            throw WasmException.create(Failure.INCOMPATIBLE_IMPORT_TYPE, quoted(imp) + " (expected " + expected(module, imp) + ", got "
                            + ExternDescriptions.given(value) + ")");
        }
        return linked;
    }

    /** The declared type after its kind, as the error names it: {@code func [i32] -> [i32]}. */
    private static String expected(Module module, Import imp) {
        return imp.kind().displayName() + " " + ExternDescriptions.importType(module, imp);
    }

    private static String quoted(Import imp) {
        return "\"" + imp.module() + "\" \"" + imp.name() + "\"";
    }

    private static WasmFunction function(WasmContext context, FuncType type, Import imp, Object value) {
        String name = imp.module() + "." + imp.name();
        if (value instanceof WasmFunction function) {
            return function.type().equals(type) ? function : null;
        }
        if (value instanceof HostFunction.Callback callback) {
            return HostFunction.create(context.language(), type, name, callback);
        }
        if (value instanceof TruffleObject && !isWasmExtern(value) && InteropLibrary.getUncached().isExecutable(value)) {
            return HostFunction.fromExecutable(context.language(), type, name, value);
        }
        return null;
    }

    private static WasmGlobal global(GlobalType type, Object value) {
        if (value instanceof WasmGlobal global) {
            return global.type().equals(type) ? global : null;
        }
        if (type.mutable() || isWasmExtern(value) || value instanceof HostFunction.Callback) {
            return null;
        }
        Object converted = PolyglotValues.toWasm(type.valType(), value);
        return converted == null ? null : new WasmGlobal(type, converted);
    }

    private static boolean isWasmExtern(Object value) {
        return value instanceof WasmTable || value instanceof WasmMemory || value instanceof WasmGlobal || value instanceof WasmFunction;
    }

    /**
     * Limits {@code actual} match {@code expected}: at least the minimum, and a maximum no larger
     * than the expected one when that exists; the shared flags are equal (threads proposal).
     *
     * @see <a href="https://webassembly.github.io/spec/core/valid/types.html#limits">Limits subtyping</a>
     */
    static boolean matches(Limits actual, Limits expected) {
        if (actual.min() < expected.min() || actual.shared() != expected.shared()) {
            return false;
        }
        if (!expected.hasMax()) {
            return true;
        }
        return actual.hasMax() && actual.max() <= expected.max();
    }
}
