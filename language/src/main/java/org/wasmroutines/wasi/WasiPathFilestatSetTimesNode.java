package org.wasmroutines.wasi;

import java.io.IOException;

/**
 * {@code path_filestat_set_times(fd, flags, path, path_len, atim, mtim, fst_flags)}: see
 * {@link FileTimes}; without {@code symlink_follow} a final link's own times change.
 *
 * @see <a href="https://github.com/WebAssembly/WASI/blob/main/legacy/preview1/docs.md#path_filestat_set_times">path_filestat_set_times</a>
 */
final class WasiPathFilestatSetTimesNode extends WasiNode {
    WasiPathFilestatSetTimesNode() {
        super("path_filestat_set_times", "iiiiIIi");
    }

    @Override
    int call(WasiCall c) throws IOException {
        DirectoryDescriptor dir = c.dir(0);
        dir.require(Rights.PATH_FILESTAT_SET_TIMES);
        boolean follow = (c.i32(1) & WasiFlags.LOOKUP_SYMLINK_FOLLOW) != 0;
        SandboxPath target = SandboxPath.resolve(dir, c.string(2), follow);
        if (target.kind() == SandboxPath.Kind.MISSING) {
            return Errno.NOENT.code();
        }
        FileTimes.set(target.file(), c.i64(4), c.i64(5), c.i32(6), false);
        return success();
    }
}
