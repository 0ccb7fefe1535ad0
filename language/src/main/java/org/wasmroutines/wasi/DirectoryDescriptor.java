package org.wasmroutines.wasi;

import com.oracle.truffle.api.TruffleFile;
import java.io.IOException;
import java.util.List;

/**
 * A directory: a preopen, or one opened through a preopen by {@code path_open}. It is a position
 * inside its preopen's tree, kept as the preopen's host directory plus the checked components
 * below it, so that paths resolved from it can never climb above the preopen
 * ({@link SandboxPath}).
 */
final class DirectoryDescriptor extends Descriptor {
    /** The preopened host directory this descriptor lies in. */
    final TruffleFile root;
    /** The components from {@link #root} to this directory; none contains '/' or is "." or "..". */
    final List<String> components;
    /** The guest name when this is a preopen ({@code fd_prestat_get}), else null. */
    final String preopenName;

    DirectoryDescriptor(TruffleFile root, List<String> components, String preopenName, long rightsBase, long rightsInheriting, int fdflags) {
        super(rightsBase, rightsInheriting, fdflags);
        this.root = root;
        this.components = List.copyOf(components);
        this.preopenName = preopenName;
    }

    @Override
    int filetype() {
        return WasiFlags.FILETYPE_DIRECTORY;
    }

    /** The host directory, found again from the preopen by {@link SandboxPath#locate}. */
    TruffleFile file() {
        return SandboxPath.locate(root, components, true).file();
    }

    @Override
    long read(java.nio.ByteBuffer[] buffers) {
        throw new ErrnoException(Errno.ISDIR);
    }

    @Override
    long write(java.nio.ByteBuffer[] buffers) {
        throw new ErrnoException(Errno.ISDIR);
    }

    @Override
    long pread(java.nio.ByteBuffer[] buffers, long offset) {
        throw new ErrnoException(Errno.ISDIR);
    }

    @Override
    long pwrite(java.nio.ByteBuffer[] buffers, long offset) {
        throw new ErrnoException(Errno.ISDIR);
    }

    @Override
    void stat(GuestMemory memory, long ptr) throws IOException {
        FileStat.write(memory, ptr, file(), false);
    }
}
