package org.wasmroutines.wasi;

import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * An open file descriptor: what it refers to, its rights and its {@code fdflags}. The operations
 * default to the error the spec gives for a descriptor of the wrong kind; subclasses override
 * what their kind supports.
 *
 * @see <a href="https://github.com/WebAssembly/WASI/blob/main/legacy/preview1/docs.md#fdstat">fdstat</a>
 */
abstract class Descriptor {
    long rightsBase;
    long rightsInheriting;
    int fdflags;

    Descriptor(long rightsBase, long rightsInheriting, int fdflags) {
        this.rightsBase = rightsBase;
        this.rightsInheriting = rightsInheriting;
        this.fdflags = fdflags;
    }

    abstract int filetype();

    /** Fails with {@link Errno#NOTCAPABLE} unless every right in {@code rights} is held. */
    final void require(long rights) {
        if ((rightsBase & rights) != rights) {
            throw new ErrnoException(Errno.NOTCAPABLE);
        }
    }

    /**
     * For the positional calls ({@code fd_pread}, {@code fd_pwrite}): streams and sockets have no
     * position ({@link Errno#SPIPE}), directories hold no bytes ({@link Errno#ISDIR}), and the
     * descriptor must carry {@code rights}.
     */
    final void requirePositional(long rights) {
        if (this instanceof StreamDescriptor || this instanceof SocketDescriptor) {
            throw new ErrnoException(Errno.SPIPE);
        }
        if (this instanceof DirectoryDescriptor) {
            throw new ErrnoException(Errno.ISDIR);
        }
        require(rights);
    }

    long read(ByteBuffer[] buffers) throws IOException {
        throw new ErrnoException(Errno.BADF);
    }

    long write(ByteBuffer[] buffers) throws IOException {
        throw new ErrnoException(Errno.BADF);
    }

    long pread(ByteBuffer[] buffers, long offset) throws IOException {
        throw new ErrnoException(Errno.SPIPE);
    }

    long pwrite(ByteBuffer[] buffers, long offset) throws IOException {
        throw new ErrnoException(Errno.SPIPE);
    }

    /** @return the new offset */
    long seek(long offset, int whence) throws IOException {
        throw new ErrnoException(Errno.SPIPE);
    }

    void sync(@SuppressWarnings("unused") boolean dataOnly) throws IOException {
    }

    /** Bytes that can be read without blocking, for {@code poll_oneoff}; 0 when unknown. */
    long readable() throws IOException {
        return 0;
    }

    /** Writes the {@code filestat} of what the descriptor refers to. */
    abstract void stat(GuestMemory memory, long ptr) throws IOException;

    void close() throws IOException {
    }
}
