package org.wasmroutines.wasi;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;

/**
 * A socket the host handed in: a listening TCP socket ({@code sock_accept} makes connected ones)
 * or a connected stream. Reads and writes block unless the descriptor has {@code nonblock}, then
 * "nothing yet" is {@link Errno#AGAIN}.
 */
final class SocketDescriptor extends Descriptor {
    private final ServerSocketChannel listener;
    private final SocketChannel stream;

    private SocketDescriptor(ServerSocketChannel listener, SocketChannel stream, int fdflags) {
        super(Rights.SOCKET, 0, fdflags);
        this.listener = listener;
        this.stream = stream;
    }

    static SocketDescriptor listening(ServerSocketChannel listener) {
        return new SocketDescriptor(listener, null, 0);
    }

    static SocketDescriptor connected(SocketChannel stream, int fdflags) {
        return new SocketDescriptor(null, stream, fdflags);
    }

    @Override
    int filetype() {
        return WasiFlags.FILETYPE_SOCKET_STREAM;
    }

    /** Whether reads and accepts wait (no {@code nonblock} flag); see {@link WasiBlocking}. */
    boolean blocks() {
        return !nonblocking();
    }

    private boolean nonblocking() {
        return (fdflags & WasiFlags.FDFLAGS_NONBLOCK) != 0;
    }

    /** Accepts one connection; {@link Errno#AGAIN} when non-blocking and none is waiting. */
    SocketDescriptor accept(int flags) throws IOException {
        if (listener == null) {
            throw new ErrnoException(Errno.INVAL);
        }
        listener.configureBlocking(!nonblocking());
        SocketChannel accepted = listener.accept();
        if (accepted == null) {
            throw new ErrnoException(Errno.AGAIN);
        }
        return connected(accepted, flags & WasiFlags.FDFLAGS_NONBLOCK);
    }

    private SocketChannel stream() throws IOException {
        if (stream == null) {
            throw new ErrnoException(Errno.NOTCONN);
        }
        stream.configureBlocking(!nonblocking());
        return stream;
    }

    @Override
    long read(ByteBuffer[] buffers) throws IOException {
        long n = stream().read(buffers);
        if (n == 0 && nonblocking() && hasRoom(buffers)) {
            throw new ErrnoException(Errno.AGAIN);
        }
        return Math.max(0, n);
    }

    /** Reads until the buffers are full or the peer ends the stream ({@code MSG_WAITALL}). */
    long readFully(ByteBuffer[] buffers) throws IOException {
        long total = 0;
        while (hasRoom(buffers)) {
            long n = stream().read(buffers);
            if (n < 0) {
                break;
            }
            total += n;
        }
        return total;
    }

    @Override
    long write(ByteBuffer[] buffers) throws IOException {
        long n = stream().write(buffers);
        if (n == 0 && nonblocking() && hasRoom(buffers)) {
            throw new ErrnoException(Errno.AGAIN);
        }
        return n;
    }

    void shutdown(boolean input, boolean output) throws IOException {
        SocketChannel s = stream();
        if (!s.isConnected()) {
            throw new ErrnoException(Errno.NOTCONN);
        }
        if (input) {
            s.shutdownInput();
        }
        if (output) {
            s.shutdownOutput();
        }
    }

    private static boolean hasRoom(ByteBuffer[] buffers) {
        for (ByteBuffer b : buffers) {
            if (b.hasRemaining()) {
                return true;
            }
        }
        return false;
    }

    @Override
    void stat(GuestMemory memory, long ptr) {
        FileStat.writeSynthetic(memory, ptr, filetype());
    }

    @Override
    void close() throws IOException {
        if (listener != null) {
            listener.close();
        } else {
            stream.close();
        }
    }
}
