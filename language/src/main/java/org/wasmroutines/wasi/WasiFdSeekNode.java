package org.wasmroutines.wasi;

import java.io.IOException;

/**
 * {@code fd_seek(fd, offset, whence, newoffset_ptr)}: moves the position; a resulting negative
 * offset or an unknown whence is {@link Errno#INVAL}, streams are {@link Errno#SPIPE}. Asking
 * for the current position needs only the {@code fd_tell} right.
 *
 * @see <a href="https://github.com/WebAssembly/WASI/blob/main/legacy/preview1/docs.md#fd_seek">fd_seek</a>
 */
final class WasiFdSeekNode extends WasiNode {
    WasiFdSeekNode() {
        super("fd_seek", "iIii");
    }

    @Override
    int call(WasiCall c) throws IOException {
        Descriptor d = c.fd(0);
        if (!(d instanceof FileDescriptor)) {
            return Errno.SPIPE.code();
        }
        long offset = c.i64(1);
        int whence = c.i32(2);
        boolean tellOnly = offset == 0 && whence == WasiFlags.WHENCE_CUR;
        d.require(tellOnly ? Rights.FD_TELL : Rights.FD_SEEK);
        long position = d.seek(offset, whence);
        c.memory().putI64(c.u32(3), position);
        return success();
    }
}
