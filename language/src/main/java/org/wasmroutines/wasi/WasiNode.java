package org.wasmroutines.wasi;

import com.oracle.truffle.api.nodes.Node;
import java.io.IOException;
import org.wasmroutines.syntax.FuncType;
import org.wasmroutines.syntax.ValType;

/**
 * One WASI function ({@code fd_write} is {@link WasiFdWriteNode}): its import name, its wasm
 * type and its body. The body runs behind a {@code TruffleBoundary} in {@link WasiRootNode}; it
 * returns an {@link Errno} code, or fails with an {@link ErrnoException} or an
 * {@link IOException} (translated by {@link HostErrors}).
 */
abstract class WasiNode extends Node {
    private final String name;
    private final FuncType type;

    /**
     * @param params one letter per parameter: {@code i} for i32, {@code I} for i64
     * @param returnsErrno false only for {@code proc_exit}, which returns nothing
     */
    WasiNode(String name, String params, boolean returnsErrno) {
        this.name = name;
        byte[] types = new byte[params.length()];
        for (int i = 0; i < types.length; i++) {
            types[i] = params.charAt(i) == 'I' ? ValType.I64 : ValType.I32;
        }
        this.type = new FuncType(types, returnsErrno ? new byte[]{ValType.I32} : new byte[0]);
    }

    WasiNode(String name, String params) {
        this(name, params, true);
    }

    final String name() {
        return name;
    }

    final FuncType type() {
        return type;
    }

    /** The function's work; the result is an errno code (usually {@code Errno.SUCCESS.code()}). */
    abstract int call(WasiCall call) throws IOException;

    static int success() {
        return Errno.SUCCESS.code();
    }
}
