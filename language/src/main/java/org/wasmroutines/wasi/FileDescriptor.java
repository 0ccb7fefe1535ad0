package org.wasmroutines.wasi;

import com.oracle.truffle.api.TruffleFile;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.util.List;

/**
 * A regular file opened by {@code path_open}: a host channel with a position. Append mode is kept
 * here rather than in the channel (Java does not allow reading an append-mode channel), so every
 * write in append mode first moves to the end.
 */
final class FileDescriptor extends Descriptor {
    private final SeekableByteChannel channel;
    /** Where the file was opened: its preopen and the components below it. */
    private final TruffleFile root;
    private final List<String> components;

    FileDescriptor(SeekableByteChannel channel, TruffleFile root, List<String> components, long rightsBase, long rightsInheriting, int fdflags) {
        super(rightsBase, rightsInheriting, fdflags);
        this.channel = channel;
        this.root = root;
        this.components = List.copyOf(components);
    }

    @Override
    int filetype() {
        return WasiFlags.FILETYPE_REGULAR_FILE;
    }

    /**
     * The host file, found again from the preopen by {@link SandboxPath#locate} (the JVM has no
     * {@code fstat}, so attributes and times go through the path the file was opened by; a final
     * link put there since is not followed).
     */
    TruffleFile file() {
        return SandboxPath.locate(root, components, false).file();
    }

    @Override
    long read(ByteBuffer[] buffers) throws IOException {
        long total = 0;
        for (ByteBuffer buffer : buffers) {
            while (buffer.hasRemaining()) {
                int n = channel.read(buffer);
                if (n <= 0) {
                    return total;
                }
                total += n;
            }
        }
        return total;
    }

    @Override
    long write(ByteBuffer[] buffers) throws IOException {
        if ((fdflags & WasiFlags.FDFLAGS_APPEND) != 0) {
            channel.position(channel.size());
        }
        long total = 0;
        for (ByteBuffer buffer : buffers) {
            while (buffer.hasRemaining()) {
                total += channel.write(buffer);
            }
        }
        return total;
    }

    /** Reads at {@code offset} and leaves the position where it was, as {@code preadv} does. */
    @Override
    long pread(ByteBuffer[] buffers, long offset) throws IOException {
        long saved = channel.position();
        try {
            channel.position(offset);
            return read(buffers);
        } finally {
            channel.position(saved);
        }
    }

    @Override
    long pwrite(ByteBuffer[] buffers, long offset) throws IOException {
        long saved = channel.position();
        try {
            channel.position(offset);
            long total = 0;
            for (ByteBuffer buffer : buffers) {
                while (buffer.hasRemaining()) {
                    total += channel.write(buffer);
                }
            }
            return total;
        } finally {
            channel.position(saved);
        }
    }

    @Override
    long seek(long offset, int whence) throws IOException {
        long base = switch (whence) {
            case WasiFlags.WHENCE_SET -> 0;
            case WasiFlags.WHENCE_CUR -> channel.position();
            case WasiFlags.WHENCE_END -> channel.size();
            default -> throw new ErrnoException(Errno.INVAL);
        };
        long target = base + offset;
        if (target < 0) {
            throw new ErrnoException(Errno.INVAL);
        }
        channel.position(target);
        return target;
    }

    long position() throws IOException {
        return channel.position();
    }

    long size() throws IOException {
        return channel.size();
    }

    /** Truncates or extends (with zeros) to {@code size} bytes, keeping the position. */
    void setSize(long size) throws IOException {
        long current = channel.size();
        if (size < current) {
            long saved = channel.position();
            channel.truncate(size);
            channel.position(saved);
        } else if (size > current) {
            long saved = channel.position();
            channel.position(size - 1);
            channel.write(ByteBuffer.wrap(new byte[1]));
            channel.position(saved);
        }
    }

    @Override
    void sync(boolean dataOnly) throws IOException {
        if (channel instanceof FileChannel fileChannel) {
            fileChannel.force(!dataOnly);
        }
    }

    @Override
    long readable() throws IOException {
        return Math.max(0, channel.size() - channel.position());
    }

    /** The attributes by path; when the path is gone (an unlinked open file), what the channel knows. */
    @Override
    void stat(GuestMemory memory, long ptr) throws IOException {
        try {
            FileStat.write(memory, ptr, file(), false);
        } catch (ErrnoException | java.nio.file.NoSuchFileException e) {
            FileStat.writeSynthetic(memory, ptr, filetype());
            memory.putI64(ptr + 32, channel.size());
        }
    }

    @Override
    void close() throws IOException {
        channel.close();
    }
}
