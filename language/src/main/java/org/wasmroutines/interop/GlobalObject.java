package org.wasmroutines.interop;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.interop.UnsupportedTypeException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import org.wasmroutines.runtime.WasmGlobal;
import org.wasmroutines.syntax.ValType;

/**
 * A global as other languages see it: member {@code value} (writable when the global is mutable,
 * with a value of its type), and {@code type} and {@code mutable} describing it.
 */
@ExportLibrary(InteropLibrary.class)
public final class GlobalObject extends WasmObject {
    private static final String VALUE = "value";
    private static final String TYPE = "type";
    private static final String MUTABLE = "mutable";

    private final WasmGlobal global;

    public GlobalObject(WasmGlobal global) {
        this.global = global;
    }

    public WasmGlobal global() {
        return global;
    }

    @ExportMessage
    boolean hasMembers() {
        return true;
    }

    @ExportMessage
    Object getMembers(@SuppressWarnings("unused") boolean includeInternal) {
        return new ReadOnlyArray(new Object[]{VALUE, TYPE, MUTABLE});
    }

    @ExportMessage
    boolean isMemberReadable(String member) {
        return VALUE.equals(member) || TYPE.equals(member) || MUTABLE.equals(member);
    }

    @ExportMessage
    boolean isMemberModifiable(String member) {
        return VALUE.equals(member) && global.mutable();
    }

    @ExportMessage
    boolean isMemberInsertable(@SuppressWarnings("unused") String member) {
        return false;
    }

    @ExportMessage
    Object readMember(String member) throws UnknownIdentifierException {
        return switch (member) {
            case VALUE -> global.getValue();
            case TYPE -> ValType.name(global.valType());
            case MUTABLE -> global.mutable();
            default -> throw UnknownIdentifierException.create(member);
        };
    }

    @ExportMessage
    void writeMember(String member, Object value) throws UnknownIdentifierException, UnsupportedMessageException, UnsupportedTypeException {
        if (!VALUE.equals(member)) {
            throw UnknownIdentifierException.create(member);
        }
        if (!global.mutable()) {
            throw UnsupportedMessageException.create();
        }
        Object converted = PolyglotValues.toWasm(global.valType(), value);
        if (converted == null) {
            throw UnsupportedTypeException.create(new Object[]{value}, "global of type " + ValType.name(global.valType()) + " needs "
                            + PolyglotValues.description(global.valType()) + ", got " + PolyglotValues.display(value));
        }
        global.setValue(converted);
    }

    @Override
    String displayString() {
        return "wasm " + global;
    }
}
