package org.wasmroutines.wasi;

import java.io.IOException;

/**
 * {@code fd_read(fd, iovs, iovs_len, nread_ptr)}: reads into the buffers in order from the
 * descriptor's position; 0 bytes read means end of file.
 *
 * @see <a href="https://github.com/WebAssembly/WASI/blob/main/legacy/preview1/docs.md#fd_read">fd_read</a>
 */
final class WasiFdReadNode extends WasiNode {
    WasiFdReadNode() {
        super("fd_read", "iiii");
    }

    @Override
    int call(WasiCall c) throws IOException {
        Descriptor d = c.fd(0);
        if (d instanceof DirectoryDescriptor) {
            return Errno.ISDIR.code();
        }
        d.require(Rights.FD_READ);
        GuestMemory memory = c.memory();
        long read = WasiBlocking.read(c.env, d, memory.iovecs(c.u32(1), c.u32(2)));
        memory.putI32(c.u32(3), (int) read);
        return success();
    }
}
