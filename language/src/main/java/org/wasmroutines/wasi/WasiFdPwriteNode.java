package org.wasmroutines.wasi;

import java.io.IOException;

/**
 * {@code fd_pwrite(fd, iovs, iovs_len, offset, nwritten_ptr)}: writes at an offset without moving
 * the descriptor's position; streams cannot ({@link Errno#SPIPE}).
 *
 * @see <a href="https://github.com/WebAssembly/WASI/blob/main/legacy/preview1/docs.md#fd_pwrite">fd_pwrite</a>
 */
final class WasiFdPwriteNode extends WasiNode {
    WasiFdPwriteNode() {
        super("fd_pwrite", "iiiIi");
    }

    @Override
    int call(WasiCall c) throws IOException {
        Descriptor d = c.fd(0);
        d.requirePositional(Rights.FD_WRITE | Rights.FD_SEEK);
        long offset = c.i64(3);
        if (offset < 0) {
            return Errno.INVAL.code();
        }
        GuestMemory memory = c.memory();
        long written = d.pwrite(memory.iovecs(c.u32(1), c.u32(2)), offset);
        memory.putI32(c.u32(4), (int) written);
        return success();
    }
}
