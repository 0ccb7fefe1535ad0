package org.wasmroutines.wasi;

import java.io.IOException;

/**
 * {@code fd_pread(fd, iovs, iovs_len, offset, nread_ptr)}: reads at an offset without moving the
 * descriptor's position; streams cannot ({@link Errno#SPIPE}).
 *
 * @see <a href="https://github.com/WebAssembly/WASI/blob/main/legacy/preview1/docs.md#fd_pread">fd_pread</a>
 */
final class WasiFdPreadNode extends WasiNode {
    WasiFdPreadNode() {
        super("fd_pread", "iiiIi");
    }

    @Override
    int call(WasiCall c) throws IOException {
        Descriptor d = c.fd(0);
        d.requirePositional(Rights.FD_READ | Rights.FD_SEEK);
        long offset = c.i64(3);
        if (offset < 0) {
            return Errno.INVAL.code();
        }
        GuestMemory memory = c.memory();
        long read = d.pread(memory.iovecs(c.u32(1), c.u32(2)), offset);
        memory.putI32(c.u32(4), (int) read);
        return success();
    }
}
