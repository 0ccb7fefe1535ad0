package org.wasmroutines.wasi;

import java.io.IOException;

/**
 * {@code fd_filestat_get(fd, filestat_ptr)}: the attributes of what the descriptor refers to.
 *
 * @see <a href="https://github.com/WebAssembly/WASI/blob/main/legacy/preview1/docs.md#fd_filestat_get">fd_filestat_get</a>
 */
final class WasiFdFilestatGetNode extends WasiNode {
    WasiFdFilestatGetNode() {
        super("fd_filestat_get", "ii");
    }

    @Override
    int call(WasiCall c) throws IOException {
        Descriptor d = c.fd(0);
        d.require(Rights.FD_FILESTAT_GET);
        d.stat(c.memory(), c.u32(1));
        return success();
    }
}
