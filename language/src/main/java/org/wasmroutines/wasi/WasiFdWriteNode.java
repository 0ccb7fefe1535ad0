package org.wasmroutines.wasi;

import java.io.IOException;

/**
 * {@code fd_write(fd, iovs, iovs_len, nwritten_ptr)}: gathers the buffers and writes them at the
 * descriptor's position (at the end in append mode).
 *
 * @see <a href="https://github.com/WebAssembly/WASI/blob/main/legacy/preview1/docs.md#fd_write">fd_write</a>
 */
final class WasiFdWriteNode extends WasiNode {
    WasiFdWriteNode() {
        super("fd_write", "iiii");
    }

    @Override
    int call(WasiCall c) throws IOException {
        Descriptor d = c.fd(0);
        if (d instanceof DirectoryDescriptor) {
            return Errno.ISDIR.code();
        }
        d.require(Rights.FD_WRITE);
        GuestMemory memory = c.memory();
        long written = d.write(memory.iovecs(c.u32(1), c.u32(2)));
        memory.putI32(c.u32(3), (int) written);
        return success();
    }
}
