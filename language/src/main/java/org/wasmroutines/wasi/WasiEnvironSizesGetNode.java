package org.wasmroutines.wasi;

/**
 * {@code environ_sizes_get}: the number of NAME=VALUE strings and their size with NULs.
 *
 * @see <a href="https://github.com/WebAssembly/WASI/blob/main/legacy/preview1/docs.md#environ_sizes_get">environ_sizes_get</a>
 */
final class WasiEnvironSizesGetNode extends WasiNode {
    WasiEnvironSizesGetNode() {
        super("environ_sizes_get", "ii");
    }

    @Override
    int call(WasiCall c) {
        CStringArray.writeSizes(c.memory(), c.env.environ, c.u32(0), c.u32(1));
        return success();
    }
}
