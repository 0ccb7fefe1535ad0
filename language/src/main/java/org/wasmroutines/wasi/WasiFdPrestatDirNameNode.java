package org.wasmroutines.wasi;

import java.nio.charset.StandardCharsets;

/**
 * {@code fd_prestat_dir_name(fd, path, path_len)}: the guest name of a preopened directory
 * (without a NUL); a buffer shorter than the name is {@link Errno#NAMETOOLONG}.
 *
 * @see <a href="https://github.com/WebAssembly/WASI/blob/main/legacy/preview1/docs.md#fd_prestat_dir_name">fd_prestat_dir_name</a>
 */
final class WasiFdPrestatDirNameNode extends WasiNode {
    WasiFdPrestatDirNameNode() {
        super("fd_prestat_dir_name", "iii");
    }

    @Override
    int call(WasiCall c) {
        if (!(c.fd(0) instanceof DirectoryDescriptor dir) || dir.preopenName == null) {
            return Errno.BADF.code();
        }
        byte[] name = dir.preopenName.getBytes(StandardCharsets.UTF_8);
        if (c.u32(2) < name.length) {
            return Errno.NAMETOOLONG.code();
        }
        c.memory().putBytes(c.u32(1), name, 0, name.length);
        return success();
    }
}
