package org.wasmroutines.wasi;

/**
 * {@code fd_fdstat_get(fd, fdstat_ptr)}: file type (u8 at 0), fdflags (u16 at 2), base and
 * inheriting rights (u64 at 8 and 16); 24 bytes.
 *
 * @see <a href="https://github.com/WebAssembly/WASI/blob/main/legacy/preview1/docs.md#fd_fdstat_get">fd_fdstat_get</a>
 */
final class WasiFdFdstatGetNode extends WasiNode {
    WasiFdFdstatGetNode() {
        super("fd_fdstat_get", "ii");
    }

    @Override
    int call(WasiCall c) {
        Descriptor d = c.fd(0);
        GuestMemory memory = c.memory();
        long ptr = c.u32(1);
        memory.zero(ptr, 24);
        memory.putU8(ptr, d.filetype());
        memory.putU16(ptr + 2, d.fdflags);
        memory.putI64(ptr + 8, d.rightsBase);
        memory.putI64(ptr + 16, d.rightsInheriting);
        return success();
    }
}
