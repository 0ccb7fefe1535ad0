package org.wasmroutines.wasi;

import com.oracle.truffle.api.TruffleFile;
import java.io.IOException;
import java.nio.file.LinkOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

/**
 * Sets access and modification times as {@code fstflags} say: {@code atim}/{@code mtim} take the
 * given timestamp, {@code atim_now}/{@code mtim_now} the current time; asking for both the given
 * and the current time of one timestamp is {@link Errno#INVAL}.
 *
 * @see <a href="https://github.com/WebAssembly/WASI/blob/main/legacy/preview1/docs.md#fstflags">fstflags</a>
 */
final class FileTimes {
    private FileTimes() {
    }

    static void set(TruffleFile file, long atim, long mtim, int flags, boolean follow) throws IOException {
        if ((flags & ~(WasiFlags.FST_ATIM | WasiFlags.FST_ATIM_NOW | WasiFlags.FST_MTIM | WasiFlags.FST_MTIM_NOW)) != 0
                        || both(flags, WasiFlags.FST_ATIM, WasiFlags.FST_ATIM_NOW) || both(flags, WasiFlags.FST_MTIM, WasiFlags.FST_MTIM_NOW)) {
            throw new ErrnoException(Errno.INVAL);
        }
        LinkOption[] options = follow ? new LinkOption[0] : new LinkOption[]{LinkOption.NOFOLLOW_LINKS};
        FileTime now = FileTime.from(Instant.now());
        if ((flags & WasiFlags.FST_ATIM) != 0) {
            file.setLastAccessTime(fromNanos(atim), options);
        } else if ((flags & WasiFlags.FST_ATIM_NOW) != 0) {
            file.setLastAccessTime(now, options);
        }
        if ((flags & WasiFlags.FST_MTIM) != 0) {
            file.setLastModifiedTime(fromNanos(mtim), options);
        } else if ((flags & WasiFlags.FST_MTIM_NOW) != 0) {
            file.setLastModifiedTime(now, options);
        }
    }

    private static boolean both(int flags, int a, int b) {
        return (flags & a) != 0 && (flags & b) != 0;
    }

    /** A timestamp (u64 nanoseconds since the epoch) as a file time. */
    private static FileTime fromNanos(long nanos) {
        return FileTime.from(Instant.ofEpochSecond(Long.divideUnsigned(nanos, 1_000_000_000L), Long.remainderUnsigned(nanos, 1_000_000_000L)));
    }
}
