package org.wasmroutines.wasi;

/**
 * {@code clock_res_get(id, resolution_ptr)}: the resolution of a clock; {@link Errno#INVAL} for an unknown clock id.
 *
 * @see <a href="https://github.com/WebAssembly/WASI/blob/main/legacy/preview1/docs.md#clock_res_get">clock_res_get</a>
 */
final class WasiClockResGetNode extends WasiNode {
    WasiClockResGetNode() {
        super("clock_res_get", "ii");
    }

    @Override
    int call(WasiCall c) {
        long resolution = c.env.clocks.resolution(c.i32(0));
        c.memory().putI64(c.u32(1), resolution);
        return success();
    }
}
