package org.wasmroutines.wasi;

/**
 * {@code environ_get}: pointers to and the NUL-terminated NAME=VALUE strings.
 *
 * @see <a href="https://github.com/WebAssembly/WASI/blob/main/legacy/preview1/docs.md#environ_get">environ_get</a>
 */
final class WasiEnvironGetNode extends WasiNode {
    WasiEnvironGetNode() {
        super("environ_get", "ii");
    }

    @Override
    int call(WasiCall c) {
        CStringArray.write(c.memory(), c.env.environ, c.u32(0), c.u32(1));
        return success();
    }
}
