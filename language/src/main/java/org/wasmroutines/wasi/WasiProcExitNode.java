package org.wasmroutines.wasi;

/**
 * {@code proc_exit(rval)}: ends the program with that status, closing its descriptors as a
 * process exit does. The exception unwinds every wasm frame and reaches the polyglot host as an
 * exit ({@code PolyglotException.isExit()}).
 *
 * @see <a href="https://github.com/WebAssembly/WASI/blob/main/legacy/preview1/docs.md#proc_exit">proc_exit</a>
 */
final class WasiProcExitNode extends WasiNode {
    WasiProcExitNode() {
        super("proc_exit", "i", false);
    }

    @Override
    int call(WasiCall c) {
        c.env.close();
        throw new WasiExitException(c.i32(0), this);
    }
}
