package org.wasmroutines.errors;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.interop.ExceptionType;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.InvalidArrayIndexException;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.nodes.Node;

/**
 * Every error the engine reports about a wasm module or its execution: its {@link Failure.Kind}
 * says which spec phase failed (the wast assertions {@code assert_malformed},
 * {@code assert_invalid}, {@code assert_unlinkable}, {@code assert_trap},
 * {@code assert_exhaustion}) and its message is the spec's own wording.
 */
@ExportLibrary(InteropLibrary.class)
public final class WasmException extends AbstractTruffleException {
    private static final long serialVersionUID = 1L;

    private final Failure.Kind kind;

    private WasmException(Failure.Kind kind, String message, Node location) {
        super(message, location);
        this.kind = kind;
    }

    public Failure.Kind kind() {
        return kind;
    }

    /** Hosts read the failure's phase as member {@code kind}: "malformed", "invalid", "unlinkable", "trap" or "exhaustion". */
    @ExportMessage
    boolean hasMembers() {
        return true;
    }

    @ExportMessage
    Object getMembers(@SuppressWarnings("unused") boolean includeInternal) {
        return new KindMembers();
    }

    @ExportMessage
    boolean isMemberReadable(String member) {
        return KIND.equals(member);
    }

    @ExportMessage
    @TruffleBoundary
    Object readMember(String member) throws UnknownIdentifierException {
        if (!KIND.equals(member)) {
            throw UnknownIdentifierException.create(member);
        }
        return kind.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static final String KIND = "kind";

    /** The member list of a WasmException: just {@code kind}. */
    @ExportLibrary(InteropLibrary.class)
    static final class KindMembers implements TruffleObject {
        @ExportMessage
        boolean hasArrayElements() {
            return true;
        }

        @ExportMessage
        long getArraySize() {
            return 1;
        }

        @ExportMessage
        boolean isArrayElementReadable(long index) {
            return index == 0;
        }

        @ExportMessage
        Object readArrayElement(long index) throws InvalidArrayIndexException {
            if (index != 0) {
                throw InvalidArrayIndexException.create(index);
            }
            return KIND;
        }
    }

    /**
     * Decoding and validation failures are syntax errors to polyglot hosts
     * ({@code PolyglotException.isSyntaxError()}); everything else is a runtime error.
     */
    @ExportMessage
    ExceptionType getExceptionType() {
        return kind == Failure.Kind.MALFORMED || kind == Failure.Kind.INVALID ? ExceptionType.PARSE_ERROR : ExceptionType.RUNTIME_ERROR;
    }

    public static WasmException create(Failure failure) {
        return new WasmException(failure.kind, failure.message, null);
    }

    /** The failure with extra detail appended after the spec's words ("unknown function 7"). */
    public static WasmException create(Failure failure, String detail) {
        return new WasmException(failure.kind, failure.message + " " + detail, null);
    }

    /** A trap raised by a node, so that the stack trace shows where it happened. */
    public static WasmException trap(Failure failure, Node location) {
        return new WasmException(failure.kind, failure.message, location);
    }

    public static WasmException of(Failure.Kind kind, String message) {
        return new WasmException(kind, message, null);
    }
}
