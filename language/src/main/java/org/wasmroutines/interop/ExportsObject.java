package org.wasmroutines.interop;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.ArityException;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.interop.UnsupportedTypeException;
import com.oracle.truffle.api.library.CachedLibrary;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import org.wasmroutines.runtime.WasmFunction;
import org.wasmroutines.runtime.WasmGlobal;
import org.wasmroutines.runtime.WasmInstance;
import org.wasmroutines.runtime.WasmMemory;
import org.wasmroutines.runtime.WasmTable;
import org.wasmroutines.syntax.Export;

/**
 * The exports of an instance, one member per export name: functions are executable, memories are
 * buffers ({@link MemoryObject}), tables arrays ({@link TableObject}), globals have a
 * {@code value} ({@link GlobalObject}). Exported functions can also be invoked as members.
 */
@ExportLibrary(InteropLibrary.class)
public final class ExportsObject extends WasmObject {
    private final WasmInstance instance;
    /** The polyglot view of each export, made on first read (a benign race: views are stateless). */
    private final Object[] views;

    public ExportsObject(WasmInstance instance) {
        this.instance = instance;
        this.views = new Object[instance.module().exports.length];
    }

    /** The polyglot view of the export {@code name}, or null. */
    @TruffleBoundary
    Object view(String name) {
        Export[] exports = instance.module().exports;
        for (int i = 0; i < exports.length; i++) {
            if (exports[i].name().equals(name)) {
                if (views[i] == null) {
                    views[i] = toPolyglot(instance.externValue(exports[i]));
                }
                return views[i];
            }
        }
        return null;
    }

    /** An export as a polyglot value. */
    static Object toPolyglot(Object externValue) {
        if (externValue instanceof WasmMemory memory) {
            return new MemoryObject(memory);
        }
        if (externValue instanceof WasmTable table) {
            return new TableObject(table);
        }
        if (externValue instanceof WasmGlobal global) {
            return new GlobalObject(global);
        }
        return externValue;
    }

    @ExportMessage
    boolean hasMembers() {
        return true;
    }

    @ExportMessage
    @TruffleBoundary
    Object getMembers(@SuppressWarnings("unused") boolean includeInternal) {
        Export[] exports = instance.module().exports;
        Object[] names = new Object[exports.length];
        for (int i = 0; i < names.length; i++) {
            names[i] = exports[i].name();
        }
        return new ReadOnlyArray(names);
    }

    @ExportMessage
    @TruffleBoundary
    boolean isMemberReadable(String member) {
        return instance.export(member) != null;
    }

    @ExportMessage
    @TruffleBoundary
    boolean isMemberInvocable(String member) {
        return instance.export(member) instanceof WasmFunction;
    }

    @ExportMessage
    @TruffleBoundary
    Object readMember(String member) throws UnknownIdentifierException {
        Object value = view(member);
        if (value == null) {
            throw UnknownIdentifierException.create(member);
        }
        return value;
    }

    @ExportMessage
    Object invokeMember(String member, Object[] arguments, @CachedLibrary(limit = "3") InteropLibrary functions)
                    throws UnknownIdentifierException, UnsupportedMessageException, ArityException, UnsupportedTypeException {
        Object function = exportedFunction(member);
        return functions.execute(function, arguments);
    }

    @TruffleBoundary
    private Object exportedFunction(String member) throws UnknownIdentifierException {
        if (instance.export(member) instanceof WasmFunction function) {
            return function;
        }
        throw UnknownIdentifierException.create(member);
    }

    @Override
    String displayString() {
        return "exports of wasm " + instance;
    }
}
