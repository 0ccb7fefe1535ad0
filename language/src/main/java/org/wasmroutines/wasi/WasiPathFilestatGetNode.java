package org.wasmroutines.wasi;

import java.io.IOException;

/**
 * {@code path_filestat_get(fd, flags, path, path_len, filestat_ptr)}: {@code stat} (with
 * {@code symlink_follow}) or {@code lstat} inside the preopen.
 *
 * @see <a href="https://github.com/WebAssembly/WASI/blob/main/legacy/preview1/docs.md#path_filestat_get">path_filestat_get</a>
 */
final class WasiPathFilestatGetNode extends WasiNode {
    WasiPathFilestatGetNode() {
        super("path_filestat_get", "iiiii");
    }

    @Override
    int call(WasiCall c) throws IOException {
        DirectoryDescriptor dir = c.dir(0);
        dir.require(Rights.PATH_FILESTAT_GET);
        boolean follow = (c.i32(1) & WasiFlags.LOOKUP_SYMLINK_FOLLOW) != 0;
        SandboxPath target = SandboxPath.resolve(dir, c.string(2), follow);
        SandboxPath.Kind kind = target.kind();
        if (kind == SandboxPath.Kind.MISSING) {
            return Errno.NOENT.code();
        }
        if (target.mustBeDirectory && kind != SandboxPath.Kind.DIRECTORY) {
            return Errno.NOTDIR.code();
        }
        // links were followed inside the sandbox already: never let the host follow one
        FileStat.write(c.memory(), c.u32(4), target.file(), false);
        return success();
    }
}
