package org.wasmroutines.wasi;

/**
 * {@code args_get}: argv pointers and the NUL-terminated UTF-8 arguments.
 *
 * @see <a href="https://github.com/WebAssembly/WASI/blob/main/legacy/preview1/docs.md#args_get">args_get</a>
 */
final class WasiArgsGetNode extends WasiNode {
    WasiArgsGetNode() {
        super("args_get", "ii");
    }

    @Override
    int call(WasiCall c) {
        CStringArray.write(c.memory(), c.env.args, c.u32(0), c.u32(1));
        return success();
    }
}
