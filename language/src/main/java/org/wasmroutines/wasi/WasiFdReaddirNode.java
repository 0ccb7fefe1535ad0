package org.wasmroutines.wasi;

import com.oracle.truffle.api.TruffleFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code fd_readdir(fd, buf, buf_len, cookie, bufused_ptr)}: directory entries from position
 * {@code cookie} on. The listing is {@code .}, {@code ..}, then the names in sorted order, so a
 * cookie (the index of the next entry, stored in each entry's {@code d_next}) stays meaningful
 * between calls. Each entry is a 24-byte {@code dirent} (d_next u64, d_ino u64, d_namlen u32,
 * d_type u8) followed by the name; the last entry is cut off when the buffer is full, which
 * tells the caller to call again (a full buffer, {@code bufused == buf_len}).
 *
 * @see <a href="https://github.com/WebAssembly/WASI/blob/main/legacy/preview1/docs.md#fd_readdir">fd_readdir</a>
 */
final class WasiFdReaddirNode extends WasiNode {
    private static final int DIRENT_SIZE = 24;

    WasiFdReaddirNode() {
        super("fd_readdir", "iiiIi");
    }

    @Override
    int call(WasiCall c) throws IOException {
        Descriptor d = c.fd(0);
        if (!(d instanceof DirectoryDescriptor dir)) {
            return Errno.NOTDIR.code();
        }
        d.require(Rights.FD_READDIR);
        GuestMemory memory = c.memory();
        long buf = c.u32(1);
        long bufLen = c.u32(2);
        long cookie = c.i64(3);
        if (cookie < 0) {
            return Errno.INVAL.code();
        }
        TruffleFile directory = dir.file();
        List<String> names = new ArrayList<>(List.of(".", ".."));
        List<String> children = new ArrayList<>();
        for (TruffleFile child : directory.list()) {
            children.add(child.getName());
        }
        children.sort(null);
        names.addAll(children);
        long used = 0;
        for (long i = cookie; i < names.size() && used < bufLen; i++) {
            String name = names.get((int) i);
            byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
            TruffleFile entry = name.equals(".") || name.equals("..") ? directory : directory.resolve(name);
            byte[] dirent = new byte[DIRENT_SIZE + nameBytes.length];
            java.nio.ByteBuffer le = java.nio.ByteBuffer.wrap(dirent).order(java.nio.ByteOrder.LITTLE_ENDIAN);
            le.putLong(0, i + 1);
            le.putLong(8, inode(entry));
            le.putInt(16, nameBytes.length);
            le.put(20, (byte) type(entry));
            System.arraycopy(nameBytes, 0, dirent, DIRENT_SIZE, nameBytes.length);
            int n = (int) Math.min(dirent.length, bufLen - used);
            memory.putBytes(buf + used, dirent, 0, n);
            used += n;
        }
        memory.putI32(c.u32(4), (int) used);
        return success();
    }

    /** The entry's inode; 0 if it vanished since the listing. */
    private static long inode(TruffleFile entry) {
        try {
            return entry.getAttribute(TruffleFile.UNIX_INODE, java.nio.file.LinkOption.NOFOLLOW_LINKS);
        } catch (IOException | UnsupportedOperationException e) {
            return 0;
        }
    }

    private static int type(TruffleFile entry) {
        return switch (SandboxPath.kindOf(entry)) {
            case SYMLINK -> WasiFlags.FILETYPE_SYMBOLIC_LINK;
            case DIRECTORY -> WasiFlags.FILETYPE_DIRECTORY;
            case OTHER -> entry.isRegularFile(java.nio.file.LinkOption.NOFOLLOW_LINKS) ? WasiFlags.FILETYPE_REGULAR_FILE : WasiFlags.FILETYPE_UNKNOWN;
            case MISSING -> WasiFlags.FILETYPE_UNKNOWN;
        };
    }
}
