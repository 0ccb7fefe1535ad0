package org.wasmroutines.wasi;

/**
 * {@code fd_fdstat_set_flags(fd, flags)}: {@code append} and {@code nonblock} can change after
 * opening; changing the synchronous-I/O flags is {@link Errno#NOTSUP}, unknown bits are
 * {@link Errno#INVAL}.
 *
 * @see <a href="https://github.com/WebAssembly/WASI/blob/main/legacy/preview1/docs.md#fd_fdstat_set_flags">fd_fdstat_set_flags</a>
 */
final class WasiFdFdstatSetFlagsNode extends WasiNode {
    private static final int ALL = WasiFlags.FDFLAGS_APPEND | WasiFlags.FDFLAGS_DSYNC | WasiFlags.FDFLAGS_NONBLOCK
                    | WasiFlags.FDFLAGS_RSYNC | WasiFlags.FDFLAGS_SYNC;
    private static final int CHANGEABLE = WasiFlags.FDFLAGS_APPEND | WasiFlags.FDFLAGS_NONBLOCK;

    WasiFdFdstatSetFlagsNode() {
        super("fd_fdstat_set_flags", "ii");
    }

    @Override
    int call(WasiCall c) {
        Descriptor d = c.fd(0);
        d.require(Rights.FD_FDSTAT_SET_FLAGS);
        int flags = c.i32(1);
        if ((flags & ~ALL) != 0) {
            return Errno.INVAL.code();
        }
        if (((flags ^ d.fdflags) & ~CHANGEABLE) != 0) {
            return Errno.NOTSUP.code();
        }
        d.fdflags = flags;
        return success();
    }
}
