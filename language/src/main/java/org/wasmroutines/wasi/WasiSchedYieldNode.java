package org.wasmroutines.wasi;

/**
 * {@code sched_yield()}: lets the other wasm threads run ({@link WasiBlocking#yieldNow}); a no-op outside any wasm thread.
 *
 * @see <a href="https://github.com/WebAssembly/WASI/blob/main/legacy/preview1/docs.md#sched_yield">sched_yield</a>
 */
final class WasiSchedYieldNode extends WasiNode {
    WasiSchedYieldNode() {
        super("sched_yield", "");
    }

    @Override
    int call(WasiCall c) {
        WasiBlocking.yieldNow(c.env.clocks);
        return success();
    }
}
