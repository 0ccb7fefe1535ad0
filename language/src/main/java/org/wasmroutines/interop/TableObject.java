package org.wasmroutines.interop;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.ArityException;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.InvalidArrayIndexException;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.interop.UnsupportedTypeException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import org.wasmroutines.runtime.WasmNull;
import org.wasmroutines.runtime.WasmTable;
import org.wasmroutines.syntax.ValType;

/**
 * A table as other languages see it: an array of its references (writable with values of the
 * element type), with members {@code size}, {@code elementType} and
 * {@code grow(delta[, init])} (returns the old size, or -1).
 */
@ExportLibrary(InteropLibrary.class)
public final class TableObject extends WasmObject {
    private static final String SIZE = "size";
    private static final String ELEMENT_TYPE = "elementType";
    private static final String GROW = "grow";

    private final WasmTable table;

    public TableObject(WasmTable table) {
        this.table = table;
    }

    public WasmTable table() {
        return table;
    }

    @ExportMessage
    boolean hasArrayElements() {
        return true;
    }

    @ExportMessage
    long getArraySize() {
        return table.size();
    }

    @ExportMessage(name = "isArrayElementReadable")
    @ExportMessage(name = "isArrayElementModifiable")
    boolean isArrayElementInBounds(long index) {
        return index >= 0 && index < table.size();
    }

    @ExportMessage
    boolean isArrayElementInsertable(@SuppressWarnings("unused") long index) {
        return false;
    }

    @ExportMessage
    Object readArrayElement(long index) throws InvalidArrayIndexException {
        if (!isArrayElementInBounds(index)) {
            throw InvalidArrayIndexException.create(index);
        }
        return table.get(null, index);
    }

    @ExportMessage
    void writeArrayElement(long index, Object value) throws InvalidArrayIndexException, UnsupportedTypeException {
        if (!isArrayElementInBounds(index)) {
            throw InvalidArrayIndexException.create(index);
        }
        table.set(null, index, reference(value, new Object[]{value}));
    }

    private Object reference(Object value, Object[] arguments) throws UnsupportedTypeException {
        Object ref = PolyglotValues.toWasm(table.elemType(), value);
        if (ref == null) {
            throw UnsupportedTypeException.create(arguments, "a table of " + ValType.name(table.elemType()) + " holds "
                            + PolyglotValues.description(table.elemType()) + ", got " + PolyglotValues.display(value));
        }
        return ref;
    }

    @ExportMessage
    boolean hasMembers() {
        return true;
    }

    @ExportMessage
    Object getMembers(@SuppressWarnings("unused") boolean includeInternal) {
        return new ReadOnlyArray(new Object[]{SIZE, ELEMENT_TYPE, GROW});
    }

    @ExportMessage
    boolean isMemberReadable(String member) {
        return SIZE.equals(member) || ELEMENT_TYPE.equals(member);
    }

    @ExportMessage
    boolean isMemberInvocable(String member) {
        return GROW.equals(member);
    }

    @ExportMessage
    Object readMember(String member) throws UnknownIdentifierException {
        return switch (member) {
            case SIZE -> table.size();
            case ELEMENT_TYPE -> ValType.name(table.elemType());
            default -> throw UnknownIdentifierException.create(member);
        };
    }

    @ExportMessage
    Object invokeMember(String member, Object[] arguments) throws UnknownIdentifierException, ArityException, UnsupportedTypeException {
        if (!GROW.equals(member)) {
            throw UnknownIdentifierException.create(member);
        }
        if (arguments.length < 1 || arguments.length > 2) {
            throw ArityException.create(1, 2, arguments.length);
        }
        Object delta = PolyglotValues.toWasm(ValType.I32, arguments[0]);
        if (delta == null) {
            throw UnsupportedTypeException.create(arguments, "grow expects a number of elements (an unsigned 32-bit integer)");
        }
        Object init = arguments.length == 2 ? reference(arguments[1], arguments) : WasmNull.NULL;
        return table.grow((int) delta, init);
    }

    @Override
    String displayString() {
        return "wasm " + table;
    }
}
