package org.wasmroutines.wasi;

import java.io.IOException;

/**
 * {@code fd_sync(fd)}: flushes what was written to the device (data and metadata, as fsync).
 *
 * @see <a href="https://github.com/WebAssembly/WASI/blob/main/legacy/preview1/docs.md#fd_sync">fd_sync</a>
 */
final class WasiFdSyncNode extends WasiNode {
    WasiFdSyncNode() {
        super("fd_sync", "i");
    }

    @Override
    int call(WasiCall c) throws IOException {
        Descriptor d = c.fd(0);
        d.require(Rights.FD_SYNC);
        d.sync(false);
        return success();
    }
}
