package org.wasmroutines.wasi;

import java.io.IOException;

/**
 * {@code fd_renumber(fd, to)}: moves descriptor {@code fd} to number {@code to}, closing what
 * {@code to} referred to; both must be open ({@link Errno#BADF}).
 *
 * @see <a href="https://github.com/WebAssembly/WASI/blob/main/legacy/preview1/docs.md#fd_renumber">fd_renumber</a>
 */
final class WasiFdRenumberNode extends WasiNode {
    WasiFdRenumberNode() {
        super("fd_renumber", "ii");
    }

    @Override
    int call(WasiCall c) throws IOException {
        Descriptor replaced = c.env.fds.renumber(c.i32(0), c.i32(1));
        if (replaced != null) {
            replaced.close();
        }
        return success();
    }
}
