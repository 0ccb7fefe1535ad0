package org.wasmroutines.wasi;

import java.io.IOException;

/**
 * {@code path_unlink_file(fd, path, path_len)}: removes a file or a symbolic link (the link
 * itself, never its target); a directory is {@link Errno#ISDIR}.
 *
 * @see <a href="https://github.com/WebAssembly/WASI/blob/main/legacy/preview1/docs.md#path_unlink_file">path_unlink_file</a>
 */
final class WasiPathUnlinkFileNode extends WasiNode {
    WasiPathUnlinkFileNode() {
        super("path_unlink_file", "iii");
    }

    @Override
    int call(WasiCall c) throws IOException {
        DirectoryDescriptor dir = c.dir(0);
        dir.require(Rights.PATH_UNLINK_FILE);
        SandboxPath target = SandboxPath.resolve(dir, c.string(1), false);
        if (target.name == null) {
            return Errno.ISDIR.code();
        }
        switch (target.kind()) {
            case MISSING -> {
                return Errno.NOENT.code();
            }
            case DIRECTORY -> {
                return Errno.ISDIR.code();
            }
            default -> {
                if (target.mustBeDirectory) {
                    return Errno.NOTDIR.code();
                }
                target.file().delete();
            }
        }
        return success();
    }
}
