package org.wasmroutines.wasi;

import java.io.IOException;

/**
 * {@code fd_close(fd)}: frees the number (preopens too) and closes what it referred to; the
 * context's standard streams stay open for the host.
 *
 * @see <a href="https://github.com/WebAssembly/WASI/blob/main/legacy/preview1/docs.md#fd_close">fd_close</a>
 */
final class WasiFdCloseNode extends WasiNode {
    WasiFdCloseNode() {
        super("fd_close", "i");
    }

    @Override
    int call(WasiCall c) throws IOException {
        c.env.fds.remove(c.i32(0)).close();
        return success();
    }
}
