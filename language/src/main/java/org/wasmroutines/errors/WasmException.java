package org.wasmroutines.errors;

import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.interop.ExceptionType;
import com.oracle.truffle.api.interop.InteropLibrary;
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
