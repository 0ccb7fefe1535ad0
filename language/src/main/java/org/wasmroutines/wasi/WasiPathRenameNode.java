package org.wasmroutines.wasi;

import java.io.IOException;
import java.nio.file.StandardCopyOption;

/**
 * {@code path_rename(fd, old_path, old_path_len, new_fd, new_path, new_path_len)}: POSIX
 * {@code rename} between two places that are each resolved inside their own descriptor's
 * preopen; final links are renamed, not followed. The host's {@code rename} decides the
 * remaining errors (a non-empty directory target, a directory into itself...).
 *
 * @see <a href="https://github.com/WebAssembly/WASI/blob/main/legacy/preview1/docs.md#path_rename">path_rename</a>
 */
final class WasiPathRenameNode extends WasiNode {
    WasiPathRenameNode() {
        super("path_rename", "iiiiii");
    }

    @Override
    int call(WasiCall c) throws IOException {
        DirectoryDescriptor fromDir = c.dir(0);
        DirectoryDescriptor toDir = c.dir(3);
        fromDir.require(Rights.PATH_RENAME_SOURCE);
        toDir.require(Rights.PATH_RENAME_TARGET);
        SandboxPath from = SandboxPath.resolve(fromDir, c.string(1), false);
        SandboxPath to = SandboxPath.resolve(toDir, c.string(4), false);
        if (from.name == null || to.name == null) {
            return Errno.BUSY.code();
        }
        SandboxPath.Kind kind = from.kind();
        if (kind == SandboxPath.Kind.MISSING) {
            return Errno.NOENT.code();
        }
        if ((from.mustBeDirectory || to.mustBeDirectory) && kind != SandboxPath.Kind.DIRECTORY) {
            return Errno.NOTDIR.code();
        }
        from.file().move(to.file(), StandardCopyOption.ATOMIC_MOVE);
        return success();
    }
}
