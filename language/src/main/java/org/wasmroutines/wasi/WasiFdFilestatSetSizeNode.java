package org.wasmroutines.wasi;

import java.io.IOException;

/**
 * {@code fd_filestat_set_size(fd, size)}: truncates, or extends with zeros ({@code ftruncate}).
 *
 * @see <a href="https://github.com/WebAssembly/WASI/blob/main/legacy/preview1/docs.md#fd_filestat_set_size">fd_filestat_set_size</a>
 */
final class WasiFdFilestatSetSizeNode extends WasiNode {
    WasiFdFilestatSetSizeNode() {
        super("fd_filestat_set_size", "iI");
    }

    @Override
    int call(WasiCall c) throws IOException {
        Descriptor d = c.fd(0);
        d.require(Rights.FD_FILESTAT_SET_SIZE);
        if (!(d instanceof FileDescriptor file)) {
            return Errno.INVAL.code();
        }
        long size = c.i64(1);
        if (size < 0) {
            return Errno.FBIG.code();
        }
        file.setSize(size);
        return success();
    }
}
