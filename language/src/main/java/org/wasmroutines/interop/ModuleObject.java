package org.wasmroutines.interop;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.ArityException;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.interop.UnsupportedTypeException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import org.wasmroutines.WasmContext;
import org.wasmroutines.runtime.WasmInstance;
import org.wasmroutines.syntax.Module;
import org.wasmroutines.wasi.WasiModule;

/**
 * A validated module, as evaluating a {@code .wasm} or {@code .wat} source returns it. It is
 * instantiable ({@code Value.newInstance(imports)}, as with GraalWasm) and has the same as a member
 * ({@code module.invokeMember("newInstance", imports)}, {@code module.newInstance(imports)} in
 * JavaScript and Python); {@code imports} is an object {@code {moduleName: {fieldName: value}}},
 * optional when the module imports nothing. Members {@code imports} and {@code exports} describe
 * what it needs and provides.
 */
@ExportLibrary(InteropLibrary.class)
public final class ModuleObject extends WasmObject {
    static final String NEW_INSTANCE = "newInstance";
    static final String IMPORTS = "imports";
    static final String EXPORTS = "exports";

    private final Module module;

    public ModuleObject(Module module) {
        this.module = module;
    }

    public Module module() {
        return module;
    }

    /**
     * Instantiates the module in the current context with imports from a polyglot object (or null);
     * with the option {@code wasmroutines.Wasi}, WASI supplies the {@code wasi_snapshot_preview1}
     * imports the object does not ({@link WasiModule#instantiate}).
     */
    @TruffleBoundary
    public WasmInstance newInstance(Object imports) {
        return WasiModule.instantiate(WasmContext.get(null), module, new PolyglotImports(imports));
    }

    @ExportMessage
    boolean hasMembers() {
        return true;
    }

    @ExportMessage
    Object getMembers(@SuppressWarnings("unused") boolean includeInternal) {
        return new ReadOnlyArray(new Object[]{NEW_INSTANCE, IMPORTS, EXPORTS});
    }

    @ExportMessage
    boolean isMemberReadable(String member) {
        return IMPORTS.equals(member) || EXPORTS.equals(member);
    }

    @ExportMessage
    boolean isMemberInvocable(String member) {
        return NEW_INSTANCE.equals(member);
    }

    @ExportMessage
    @TruffleBoundary
    Object readMember(String member) throws UnknownIdentifierException {
        return switch (member) {
            case IMPORTS -> ExternDescriptions.imports(module);
            case EXPORTS -> ExternDescriptions.exports(module);
            default -> throw UnknownIdentifierException.create(member);
        };
    }

    @ExportMessage
    Object invokeMember(String member, Object[] arguments) throws UnknownIdentifierException, ArityException, UnsupportedTypeException {
        if (!NEW_INSTANCE.equals(member)) {
            throw UnknownIdentifierException.create(member);
        }
        return instantiate(arguments);
    }

    @ExportMessage
    boolean isInstantiable() {
        return true;
    }

    @ExportMessage
    Object instantiate(Object[] arguments) throws ArityException, UnsupportedTypeException {
        if (arguments.length > 1) {
            throw ArityException.create(0, 1, arguments.length);
        }
        Object imports = arguments.length == 0 ? null : arguments[0];
        if (imports != null && !PolyglotImports.isImportObject(imports)) {
            throw UnsupportedTypeException.create(arguments, "newInstance expects an object {moduleName: {name: value}}, got " + PolyglotValues.display(imports));
        }
        return new InstanceObject(newInstance(imports));
    }

    @Override
    String displayString() {
        String name = module.names.moduleName();
        return "wasm module" + (name == null ? "" : " " + name);
    }
}
