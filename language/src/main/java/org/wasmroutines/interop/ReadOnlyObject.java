package org.wasmroutines.interop;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An immutable polyglot object with fixed members in insertion order: descriptions of imports
 * and exports, the report of a wast script.
 */
@ExportLibrary(InteropLibrary.class)
public final class ReadOnlyObject implements TruffleObject {
    private final Map<String, Object> members;

    public ReadOnlyObject(Map<String, Object> members) {
        this.members = new LinkedHashMap<>(members);
    }

    @ExportMessage
    boolean hasMembers() {
        return true;
    }

    @ExportMessage
    @TruffleBoundary
    Object getMembers(@SuppressWarnings("unused") boolean includeInternal) {
        return new ReadOnlyArray(members.keySet().toArray());
    }

    @ExportMessage
    @TruffleBoundary
    boolean isMemberReadable(String member) {
        return members.containsKey(member);
    }

    @ExportMessage
    @TruffleBoundary
    Object readMember(String member) throws UnknownIdentifierException {
        Object value = members.get(member);
        if (value == null) {
            throw UnknownIdentifierException.create(member);
        }
        return value;
    }

    @ExportMessage
    @TruffleBoundary
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return members.toString();
    }

    @Override
    @TruffleBoundary
    public String toString() {
        return members.toString();
    }
}
