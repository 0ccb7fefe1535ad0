package org.wasmroutines.wasi;

import java.nio.charset.StandardCharsets;

/**
 * {@code fd_prestat_get(fd, prestat_ptr)}: for a preopened directory, tag 0 ({@code dir}) and the
 * length of its guest name; any other descriptor is {@link Errno#BADF}, which is how C's
 * start-up code finds the end of the preopens.
 *
 * @see <a href="https://github.com/WebAssembly/WASI/blob/main/legacy/preview1/docs.md#fd_prestat_get">fd_prestat_get</a>
 */
final class WasiFdPrestatGetNode extends WasiNode {
    WasiFdPrestatGetNode() {
        super("fd_prestat_get", "ii");
    }

    @Override
    int call(WasiCall c) {
        if (!(c.fd(0) instanceof DirectoryDescriptor dir) || dir.preopenName == null) {
            return Errno.BADF.code();
        }
        GuestMemory memory = c.memory();
        long ptr = c.u32(1);
        memory.zero(ptr, 8);
        memory.putU8(ptr, 0);
        memory.putI32(ptr + 4, dir.preopenName.getBytes(StandardCharsets.UTF_8).length);
        return success();
    }
}
