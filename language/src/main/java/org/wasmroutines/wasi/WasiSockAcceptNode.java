package org.wasmroutines.wasi;

import java.io.IOException;

/**
 * {@code sock_accept(fd, flags, fd_ptr)}: accepts a connection on a listening socket the host
 * handed in; {@code flags} may only hold {@code nonblock}. Not a socket is
 * {@link Errno#NOTSOCK}.
 *
 * @see <a href="https://github.com/WebAssembly/WASI/blob/main/legacy/preview1/docs.md#sock_accept">sock_accept</a>
 */
final class WasiSockAcceptNode extends WasiNode {
    WasiSockAcceptNode() {
        super("sock_accept", "iii");
    }

    @Override
    int call(WasiCall c) throws IOException {
        if (!(c.fd(0) instanceof SocketDescriptor socket)) {
            return Errno.NOTSOCK.code();
        }
        socket.require(Rights.SOCK_ACCEPT);
        int flags = c.i32(1);
        if ((flags & ~WasiFlags.FDFLAGS_NONBLOCK) != 0) {
            return Errno.INVAL.code();
        }
        SocketDescriptor accepted = WasiBlocking.accept(c.env, socket, flags);
        int fd;
        try {
            fd = c.env.fds.add(accepted);
        } catch (ErrnoException e) {
            accepted.close();
            throw e;
        }
        c.memory().putI32(c.u32(2), fd);
        return success();
    }
}
