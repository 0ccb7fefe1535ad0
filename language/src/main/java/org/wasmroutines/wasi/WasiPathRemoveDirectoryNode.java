package org.wasmroutines.wasi;

import java.io.IOException;

/**
 * {@code path_remove_directory(fd, path, path_len)}: {@code rmdir}; the final component must be
 * an empty directory and is never followed (a link to a directory is {@link Errno#NOTDIR}).
 *
 * @see <a href="https://github.com/WebAssembly/WASI/blob/main/legacy/preview1/docs.md#path_remove_directory">path_remove_directory</a>
 */
final class WasiPathRemoveDirectoryNode extends WasiNode {
    WasiPathRemoveDirectoryNode() {
        super("path_remove_directory", "iii");
    }

    @Override
    int call(WasiCall c) throws IOException {
        DirectoryDescriptor dir = c.dir(0);
        dir.require(Rights.PATH_REMOVE_DIRECTORY);
        SandboxPath target = SandboxPath.resolve(dir, c.string(1), false);
        if (target.name == null) {
            // rmdir(".") and rmdir("..") are invalid; a preopen cannot be removed from inside
            return (target.parent.isEmpty() ? Errno.NOTCAPABLE : Errno.INVAL).code();
        }
        switch (target.kind()) {
            case MISSING -> {
                return Errno.NOENT.code();
            }
            case DIRECTORY -> target.file().delete();
            default -> {
                return Errno.NOTDIR.code();
            }
        }
        return success();
    }
}
