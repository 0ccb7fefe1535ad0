package org.wasmroutines.wasi;

import com.oracle.truffle.api.TruffleFile;
import java.io.IOException;

/**
 * {@code fd_filestat_set_times(fd, atim, mtim, fst_flags)}: see {@link FileTimes}.
 *
 * @see <a href="https://github.com/WebAssembly/WASI/blob/main/legacy/preview1/docs.md#fd_filestat_set_times">fd_filestat_set_times</a>
 */
final class WasiFdFilestatSetTimesNode extends WasiNode {
    WasiFdFilestatSetTimesNode() {
        super("fd_filestat_set_times", "iIIi");
    }

    @Override
    int call(WasiCall c) throws IOException {
        Descriptor d = c.fd(0);
        d.require(Rights.FD_FILESTAT_SET_TIMES);
        TruffleFile file;
        if (d instanceof FileDescriptor f) {
            file = f.file();
        } else if (d instanceof DirectoryDescriptor dir) {
            file = dir.file();
        } else {
            return Errno.NOTSUP.code();
        }
        FileTimes.set(file, c.i64(1), c.i64(2), c.i32(3), false);
        return success();
    }
}
