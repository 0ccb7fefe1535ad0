package org.wasmroutines.wasi;

/**
 * {@code clock_time_get(id, precision, time_ptr)}: realtime, monotonic, process or thread CPU
 * time in nanoseconds; the precision is a hint the host may ignore.
 *
 * @see <a href="https://github.com/WebAssembly/WASI/blob/main/legacy/preview1/docs.md#clock_time_get">clock_time_get</a>
 */
final class WasiClockTimeGetNode extends WasiNode {
    WasiClockTimeGetNode() {
        super("clock_time_get", "iIi");
    }

    @Override
    int call(WasiCall c) {
        long now = c.env.clocks.now(c.i32(0));
        c.memory().putI64(c.u32(2), now);
        return success();
    }
}
