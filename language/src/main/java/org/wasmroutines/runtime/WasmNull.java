package org.wasmroutines.runtime;

import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/**
 * The null reference ({@code ref.null func} and {@code ref.null extern}). One value serves both
 * reference types: the type of a null is known statically wherever it matters. To other languages
 * it is their {@code null}.
 *
 * @see <a href="https://webassembly.github.io/spec/core/exec/runtime.html#values">Values</a>
 */
@ExportLibrary(InteropLibrary.class)
public final class WasmNull implements TruffleObject {
    public static final WasmNull NULL = new WasmNull();

    private WasmNull() {
    }

    @ExportMessage
    boolean isNull() {
        return true;
    }

    @Override
    public String toString() {
        return "null";
    }
}
