package org.wasmroutines.interop;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import org.wasmroutines.runtime.WasmInstance;

/** A module instance as other languages see it: one member, {@code exports}. */
@ExportLibrary(InteropLibrary.class)
public final class InstanceObject extends WasmObject {
    static final String EXPORTS = "exports";

    private final WasmInstance instance;
    /** One exports object per instance, so that its members keep their identity across reads. */
    private final ExportsObject exports;

    public InstanceObject(WasmInstance instance) {
        this.instance = instance;
        this.exports = new ExportsObject(instance);
    }

    ExportsObject exports() {
        return exports;
    }

    public WasmInstance instance() {
        return instance;
    }

    @ExportMessage
    boolean hasMembers() {
        return true;
    }

    @ExportMessage
    Object getMembers(@SuppressWarnings("unused") boolean includeInternal) {
        return new ReadOnlyArray(new Object[]{EXPORTS});
    }

    @ExportMessage
    boolean isMemberReadable(String member) {
        return EXPORTS.equals(member);
    }

    @ExportMessage
    Object readMember(String member) throws UnknownIdentifierException {
        if (!EXPORTS.equals(member)) {
            throw UnknownIdentifierException.create(member);
        }
        return exports;
    }

    @Override
    String displayString() {
        return "wasm " + instance;
    }
}
