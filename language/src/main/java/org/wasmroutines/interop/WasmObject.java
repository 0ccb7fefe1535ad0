package org.wasmroutines.interop;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import org.wasmroutines.WasmLanguage;

/**
 * What every polyglot object of the engine answers alike: it belongs to the language (so hosts and
 * tools show it as a Wasmroutines value, not as a Java object) and displays as
 * {@link #displayString()} ({@code wasm module m}, {@code wasm memory 1..2 shared} ...), which
 * error messages of the polyglot API quote. The subclasses export the rest of their members.
 */
@ExportLibrary(InteropLibrary.class)
abstract class WasmObject implements TruffleObject {
    @ExportMessage
    final boolean hasLanguage() {
        return true;
    }

    @ExportMessage
    final Class<? extends TruffleLanguage<?>> getLanguage() {
        return WasmLanguage.class;
    }

    @ExportMessage
    @TruffleBoundary
    final Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return displayString();
    }

    /** How the object shows in a host's debugger and in the polyglot API's error messages. */
    abstract String displayString();
}
