package org.wasmroutines.wasi;

/**
 * {@code fd_fdstat_set_rights(fd, base, inheriting)}: rights can only be dropped; asking for one
 * the descriptor does not hold is {@link Errno#NOTCAPABLE}.
 *
 * @see <a href="https://github.com/WebAssembly/WASI/blob/main/legacy/preview1/docs.md#fd_fdstat_set_rights">fd_fdstat_set_rights</a>
 */
final class WasiFdFdstatSetRightsNode extends WasiNode {
    WasiFdFdstatSetRightsNode() {
        super("fd_fdstat_set_rights", "iII");
    }

    @Override
    int call(WasiCall c) {
        Descriptor d = c.fd(0);
        long base = c.i64(1);
        long inheriting = c.i64(2);
        if ((base & ~d.rightsBase) != 0 || (inheriting & ~d.rightsInheriting) != 0) {
            return Errno.NOTCAPABLE.code();
        }
        d.rightsBase = base;
        d.rightsInheriting = inheriting;
        return success();
    }
}
