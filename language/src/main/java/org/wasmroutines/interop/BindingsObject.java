package org.wasmroutines.interop;

import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/**
 * The language's top scope, what {@code context.getBindings("wasmroutines")} shows: one member,
 * {@code runtime} (the context's {@link RuntimeObject}). Wasm has no global names of its own;
 * modules are values that {@code eval} returns.
 */
@ExportLibrary(InteropLibrary.class)
public final class BindingsObject extends WasmObject {
    static final String RUNTIME = "runtime";

    private final RuntimeObject runtime;

    public BindingsObject(RuntimeObject runtime) {
        this.runtime = runtime;
    }

    @ExportMessage
    boolean isScope() {
        return true;
    }

    @ExportMessage
    boolean hasMembers() {
        return true;
    }

    @ExportMessage
    Object getMembers(@SuppressWarnings("unused") boolean includeInternal) {
        return new ReadOnlyArray(new Object[]{RUNTIME});
    }

    @ExportMessage
    boolean isMemberReadable(String member) {
        return RUNTIME.equals(member);
    }

    @ExportMessage
    Object readMember(String member) throws UnknownIdentifierException {
        if (!RUNTIME.equals(member)) {
            throw UnknownIdentifierException.create(member);
        }
        return runtime;
    }

    @Override
    String displayString() {
        return "wasmroutines bindings";
    }
}
