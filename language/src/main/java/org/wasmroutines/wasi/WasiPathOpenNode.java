package org.wasmroutines.wasi;

import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

/**
 * {@code path_open(fd, dirflags, path, path_len, oflags, rights_base, rights_inheriting, fdflags,
 * opened_fd_ptr)}: opens a file or directory below a directory descriptor, inside its preopen
 * ({@link SandboxPath}).
 *
 * <ul>
 * <li>{@code dirflags} {@code symlink_follow} follows a final symbolic link (never with
 * {@code creat|excl}); a final link not followed is {@link Errno#LOOP}, as with
 * {@code O_NOFOLLOW}.</li>
 * <li>{@code oflags}: {@code creat} (needs {@code path_create_file}; through a dangling link it
 * creates the link's target, which is resolved inside the preopen like any path),
 * {@code excl} ({@link Errno#EXIST} if anything is there, links included), {@code directory}
 * ({@link Errno#NOTDIR} unless a directory), {@code trunc} (needs
 * {@code path_filestat_set_size}).</li>
 * <li>The rights asked for must be inheritable from the directory ({@link Errno#NOTCAPABLE});
 * the new descriptor keeps those its kind can use. Read and write access follow the
 * {@code fd_read} and {@code fd_write} rights; a directory cannot be opened for writing
 * or created ({@link Errno#ISDIR}).</li>
 * <li>{@code fdflags}: {@code append}, {@code dsync}, {@code rsync}, {@code sync},
 * {@code nonblock}.</li>
 * </ul>
 *
 * @see <a href="https://github.com/WebAssembly/WASI/blob/main/legacy/preview1/docs.md#path_open">path_open</a>
 */
final class WasiPathOpenNode extends WasiNode {
    private static final int ALL_OFLAGS = WasiFlags.OFLAGS_CREAT | WasiFlags.OFLAGS_DIRECTORY | WasiFlags.OFLAGS_EXCL | WasiFlags.OFLAGS_TRUNC;
    private static final int ALL_FDFLAGS = WasiFlags.FDFLAGS_APPEND | WasiFlags.FDFLAGS_DSYNC | WasiFlags.FDFLAGS_NONBLOCK | WasiFlags.FDFLAGS_RSYNC
                    | WasiFlags.FDFLAGS_SYNC;

    WasiPathOpenNode() {
        super("path_open", "iiiiiIIii");
    }

    @Override
    int call(WasiCall c) throws IOException {
        DirectoryDescriptor dir = c.dir(0);
        dir.require(Rights.PATH_OPEN);
        int dirflags = c.i32(1);
        String path = c.string(2);
        int oflags = c.i32(4);
        long base = c.i64(5);
        long inheriting = c.i64(6);
        int fdflags = c.i32(7);
        if ((oflags & ~ALL_OFLAGS) != 0 || (fdflags & ~ALL_FDFLAGS) != 0) {
            return Errno.INVAL.code();
        }
        boolean creat = (oflags & WasiFlags.OFLAGS_CREAT) != 0;
        boolean excl = creat && (oflags & WasiFlags.OFLAGS_EXCL) != 0;
        boolean trunc = (oflags & WasiFlags.OFLAGS_TRUNC) != 0;
        boolean directory = (oflags & WasiFlags.OFLAGS_DIRECTORY) != 0;
        if (creat) {
            dir.require(Rights.PATH_CREATE_FILE);
        }
        if (trunc) {
            dir.require(Rights.PATH_FILESTAT_SET_SIZE);
        }
        if ((base & ~dir.rightsInheriting) != 0 || (inheriting & ~dir.rightsInheriting) != 0) {
            return Errno.NOTCAPABLE.code();
        }
        boolean follow = (dirflags & WasiFlags.LOOKUP_SYMLINK_FOLLOW) != 0 && !excl;
        SandboxPath target = SandboxPath.resolve(dir, path, follow);
        SandboxPath.Kind kind = target.kind();
        if (kind == SandboxPath.Kind.SYMLINK) {
            return (excl ? Errno.EXIST : Errno.LOOP).code();
        }
        if (kind != SandboxPath.Kind.MISSING && excl) {
            return Errno.EXIST.code();
        }
        if (kind == SandboxPath.Kind.MISSING) {
            if (!creat) {
                return Errno.NOENT.code();
            }
            if (directory || target.mustBeDirectory) {
                return Errno.ISDIR.code();
            }
            create(target, excl);
        }
        if (kind == SandboxPath.Kind.DIRECTORY) {
            if (creat || trunc || (base & Rights.FD_WRITE) != 0) {
                return Errno.ISDIR.code();
            }
            int fd = c.env.fds.add(new DirectoryDescriptor(target.root, target.components(), null, base & Rights.DIRECTORY, inheriting, fdflags));
            c.memory().putI32(c.u32(8), fd);
            return success();
        }
        if (directory || target.mustBeDirectory) {
            return Errno.NOTDIR.code();
        }
        SeekableByteChannel channel = target.file().newByteChannel(options(base, trunc, fdflags));
        FileDescriptor file = new FileDescriptor(channel, target.root, target.components(), base & Rights.REGULAR_FILE, inheriting, fdflags);
        int fd;
        try {
            fd = c.env.fds.add(file);
        } catch (ErrnoException e) {
            channel.close();
            throw e;
        }
        c.memory().putI32(c.u32(8), fd);
        return success();
    }

    /** Creates the missing final component as an empty file; another creator winning a race is fine unless exclusive. */
    private static void create(SandboxPath target, boolean excl) throws IOException {
        try {
            target.file().newByteChannel(Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)).close();
        } catch (FileAlreadyExistsException e) {
            if (excl) {
                throw e;
            }
        }
    }

    private static Set<OpenOption> options(long base, boolean trunc, int fdflags) {
        Set<OpenOption> options = new HashSet<>();
        // the final component was checked not to be a link: never let the host follow one put there since
        options.add(LinkOption.NOFOLLOW_LINKS);
        if ((base & Rights.FD_READ) != 0) {
            options.add(StandardOpenOption.READ);
        }
        if ((base & Rights.FD_WRITE) != 0 || trunc) {
            options.add(StandardOpenOption.WRITE);
        }
        if (trunc) {
            options.add(StandardOpenOption.TRUNCATE_EXISTING);
        }
        if (!options.contains(StandardOpenOption.WRITE)) {
            options.add(StandardOpenOption.READ);
        }
        if ((fdflags & WasiFlags.FDFLAGS_SYNC) != 0 || (fdflags & WasiFlags.FDFLAGS_RSYNC) != 0) {
            options.add(StandardOpenOption.SYNC);
        } else if ((fdflags & WasiFlags.FDFLAGS_DSYNC) != 0) {
            options.add(StandardOpenOption.DSYNC);
        }
        return options;
    }
}
