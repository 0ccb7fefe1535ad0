package org.wasmroutines.wasi;

import java.io.IOException;

/**
 * {@code fd_datasync(fd)}: flushes what was written to the device (data only, as fdatasync).
 *
 * @see <a href="https://github.com/WebAssembly/WASI/blob/main/legacy/preview1/docs.md#fd_datasync">fd_datasync</a>
 */
final class WasiFdDatasyncNode extends WasiNode {
    WasiFdDatasyncNode() {
        super("fd_datasync", "i");
    }

    @Override
    int call(WasiCall c) throws IOException {
        Descriptor d = c.fd(0);
        d.require(Rights.FD_DATASYNC);
        d.sync(true);
        return success();
    }
}
