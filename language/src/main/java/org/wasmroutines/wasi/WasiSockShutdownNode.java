package org.wasmroutines.wasi;

import java.io.IOException;

/**
 * {@code sock_shutdown(fd, how)}: shuts down reading ({@code rd}), writing ({@code wr}) or both;
 * no direction is {@link Errno#INVAL}, an unconnected socket {@link Errno#NOTCONN}.
 *
 * @see <a href="https://github.com/WebAssembly/WASI/blob/main/legacy/preview1/docs.md#sock_shutdown">sock_shutdown</a>
 */
final class WasiSockShutdownNode extends WasiNode {
    WasiSockShutdownNode() {
        super("sock_shutdown", "ii");
    }

    @Override
    int call(WasiCall c) throws IOException {
        if (!(c.fd(0) instanceof SocketDescriptor socket)) {
            return Errno.NOTSOCK.code();
        }
        socket.require(Rights.SOCK_SHUTDOWN);
        int how = c.i32(1);
        if (how == 0 || (how & ~(WasiFlags.SHUT_RD | WasiFlags.SHUT_WR)) != 0) {
            return Errno.INVAL.code();
        }
        socket.shutdown((how & WasiFlags.SHUT_RD) != 0, (how & WasiFlags.SHUT_WR) != 0);
        return success();
    }
}
