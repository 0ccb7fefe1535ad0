package org.wasmroutines.wasi;

import com.oracle.truffle.api.TruffleFile;
import java.io.IOException;
import java.nio.file.LinkOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Writes a {@code filestat} (64 bytes: dev, ino, filetype, nlink, size, atim, mtim, ctim) from
 * the attributes of a host file, read without following a final symlink unless asked.
 *
 * @see <a href="https://github.com/WebAssembly/WASI/blob/main/legacy/preview1/docs.md#filestat">filestat</a>
 */
final class FileStat {
    static final int SIZE = 64;

    private static final List<TruffleFile.AttributeDescriptor<?>> ATTRIBUTES = List.of(TruffleFile.IS_DIRECTORY,
                    TruffleFile.IS_REGULAR_FILE, TruffleFile.IS_SYMBOLIC_LINK, TruffleFile.SIZE, TruffleFile.LAST_ACCESS_TIME,
                    TruffleFile.LAST_MODIFIED_TIME, TruffleFile.UNIX_CTIME, TruffleFile.UNIX_INODE, TruffleFile.UNIX_DEV,
                    TruffleFile.UNIX_NLINK, TruffleFile.UNIX_MODE);

    private FileStat() {
    }

    static void write(GuestMemory memory, long ptr, TruffleFile file, boolean follow) throws IOException {
        TruffleFile.Attributes a = follow ? file.getAttributes(ATTRIBUTES) : file.getAttributes(ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
        memory.zero(ptr, SIZE);
        memory.putI64(ptr, a.get(TruffleFile.UNIX_DEV));
        memory.putI64(ptr + 8, a.get(TruffleFile.UNIX_INODE));
        memory.putU8(ptr + 16, filetype(a));
        memory.putI64(ptr + 24, a.get(TruffleFile.UNIX_NLINK));
        memory.putI64(ptr + 32, a.get(TruffleFile.SIZE));
        memory.putI64(ptr + 40, nanos(a.get(TruffleFile.LAST_ACCESS_TIME)));
        memory.putI64(ptr + 48, nanos(a.get(TruffleFile.LAST_MODIFIED_TIME)));
        memory.putI64(ptr + 56, nanos(a.get(TruffleFile.UNIX_CTIME)));
    }

    /** A filestat for something that is not a host file (a stream or a socket): only the type is known. */
    static void writeSynthetic(GuestMemory memory, long ptr, int filetype) {
        memory.zero(ptr, SIZE);
        memory.putU8(ptr + 16, filetype);
        memory.putI64(ptr + 24, 1);
    }

    private static int filetype(TruffleFile.Attributes a) {
        if (a.get(TruffleFile.IS_SYMBOLIC_LINK)) {
            return WasiFlags.FILETYPE_SYMBOLIC_LINK;
        }
        if (a.get(TruffleFile.IS_DIRECTORY)) {
            return WasiFlags.FILETYPE_DIRECTORY;
        }
        if (a.get(TruffleFile.IS_REGULAR_FILE)) {
            return WasiFlags.FILETYPE_REGULAR_FILE;
        }
        // the st_mode type bits tell devices, fifos and sockets apart
        return switch (a.get(TruffleFile.UNIX_MODE) & 0170000) {
            case 0020000 -> WasiFlags.FILETYPE_CHARACTER_DEVICE;
            case 0060000 -> WasiFlags.FILETYPE_BLOCK_DEVICE;
            case 0140000 -> WasiFlags.FILETYPE_SOCKET_STREAM;
            default -> WasiFlags.FILETYPE_UNKNOWN;
        };
    }

    static long nanos(FileTime time) {
        return time == null ? 0 : time.to(TimeUnit.NANOSECONDS);
    }
}
