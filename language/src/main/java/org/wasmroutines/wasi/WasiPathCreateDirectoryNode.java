package org.wasmroutines.wasi;

import java.io.IOException;

/**
 * {@code path_create_directory(fd, path, path_len)}: {@code mkdir} inside the preopen; anything
 * already there, a dangling link included, is {@link Errno#EXIST}.
 *
 * @see <a href="https://github.com/WebAssembly/WASI/blob/main/legacy/preview1/docs.md#path_create_directory">path_create_directory</a>
 */
final class WasiPathCreateDirectoryNode extends WasiNode {
    WasiPathCreateDirectoryNode() {
        super("path_create_directory", "iii");
    }

    @Override
    int call(WasiCall c) throws IOException {
        DirectoryDescriptor dir = c.dir(0);
        dir.require(Rights.PATH_CREATE_DIRECTORY);
        SandboxPath target = SandboxPath.resolve(dir, c.string(1), false);
        target.requireName(Errno.EXIST);
        if (target.kind() != SandboxPath.Kind.MISSING) {
            return Errno.EXIST.code();
        }
        target.file().createDirectory();
        return success();
    }
}
