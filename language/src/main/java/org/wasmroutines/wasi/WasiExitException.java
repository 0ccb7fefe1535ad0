package org.wasmroutines.wasi;

import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.interop.ExceptionType;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.nodes.Node;

/**
 * {@code proc_exit}: unwinds the wasm stack and reaches the polyglot host as a soft exit
 * ({@code PolyglotException.isExit()}, {@code getExitStatus()}), leaving the context usable.
 *
 * @see <a href="https://github.com/WebAssembly/WASI/blob/main/legacy/preview1/docs.md#proc_exit">proc_exit</a>
 */
@ExportLibrary(InteropLibrary.class)
public final class WasiExitException extends AbstractTruffleException {
    private static final long serialVersionUID = 1L;

    private final int status;

    WasiExitException(int status, Node location) {
        super("exit status " + status, location);
        this.status = status;
    }

    /** The exit status the program passed (an u32 in WASI; hosts usually see its low byte). */
    public int status() {
        return status;
    }

    @ExportMessage
    ExceptionType getExceptionType() {
        return ExceptionType.EXIT;
    }

    @ExportMessage
    int getExceptionExitStatus() {
        return status;
    }
}
