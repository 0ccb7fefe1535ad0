package org.wasmroutines.wasi;

/**
 * {@code args_sizes_get}: the number of arguments and the size of their strings with NULs.
 *
 * @see <a href="https://github.com/WebAssembly/WASI/blob/main/legacy/preview1/docs.md#args_sizes_get">args_sizes_get</a>
 */
final class WasiArgsSizesGetNode extends WasiNode {
    WasiArgsSizesGetNode() {
        super("args_sizes_get", "ii");
    }

    @Override
    int call(WasiCall c) {
        CStringArray.writeSizes(c.memory(), c.env.args, c.u32(0), c.u32(1));
        return success();
    }
}
