package org.wasmroutines.wasi;

import java.io.IOException;

/**
 * {@code fd_tell(fd, offset_ptr)}: the current position.
 *
 * @see <a href="https://github.com/WebAssembly/WASI/blob/main/legacy/preview1/docs.md#fd_tell">fd_tell</a>
 */
final class WasiFdTellNode extends WasiNode {
    WasiFdTellNode() {
        super("fd_tell", "ii");
    }

    @Override
    int call(WasiCall c) throws IOException {
        Descriptor d = c.fd(0);
        if (!(d instanceof FileDescriptor file)) {
            return Errno.SPIPE.code();
        }
        d.require(Rights.FD_TELL);
        c.memory().putI64(c.u32(1), file.position());
        return success();
    }
}
