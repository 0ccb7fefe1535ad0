package org.wasmroutines.wasi;

import java.io.IOException;

/**
 * {@code fd_allocate(fd, offset, len)}: makes sure the file is at least {@code offset + len}
 * bytes long (zeros are written where it grows), like {@code posix_fallocate}.
 *
 * @see <a href="https://github.com/WebAssembly/WASI/blob/main/legacy/preview1/docs.md#fd_allocate">fd_allocate</a>
 */
final class WasiFdAllocateNode extends WasiNode {
    WasiFdAllocateNode() {
        super("fd_allocate", "iII");
    }

    @Override
    int call(WasiCall c) throws IOException {
        Descriptor d = c.fd(0);
        if (d instanceof StreamDescriptor || d instanceof SocketDescriptor) {
            return Errno.SPIPE.code();
        }
        d.require(Rights.FD_ALLOCATE);
        if (!(d instanceof FileDescriptor file)) {
            return Errno.BADF.code();
        }
        long offset = c.i64(1);
        long length = c.i64(2);
        if (offset < 0 || length <= 0) {
            return Errno.INVAL.code();
        }
        long end = offset + length;
        if (end < 0) {
            return Errno.FBIG.code();
        }
        if (end > file.size()) {
            file.setSize(end);
        }
        return success();
    }
}
