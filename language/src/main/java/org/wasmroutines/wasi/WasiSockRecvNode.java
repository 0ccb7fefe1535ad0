package org.wasmroutines.wasi;

import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * {@code sock_recv(fd, ri_data, ri_data_len, ri_flags, ro_datalen_ptr, ro_flags_ptr)}: reads from
 * a connected socket into the buffers; {@code recv_waitall} reads until they are full.
 * {@code recv_peek} is {@link Errno#NOTSUP} (Java's sockets cannot peek). {@code ro_flags} is
 * always 0: stream sockets never truncate.
 *
 * @see <a href="https://github.com/WebAssembly/WASI/blob/main/legacy/preview1/docs.md#sock_recv">sock_recv</a>
 */
final class WasiSockRecvNode extends WasiNode {
    WasiSockRecvNode() {
        super("sock_recv", "iiiiii");
    }

    @Override
    int call(WasiCall c) throws IOException {
        if (!(c.fd(0) instanceof SocketDescriptor socket)) {
            return Errno.NOTSOCK.code();
        }
        socket.require(Rights.FD_READ);
        int flags = c.i32(3);
        if ((flags & ~(WasiFlags.RECV_PEEK | WasiFlags.RECV_WAITALL)) != 0) {
            return Errno.INVAL.code();
        }
        if ((flags & WasiFlags.RECV_PEEK) != 0) {
            return Errno.NOTSUP.code();
        }
        GuestMemory memory = c.memory();
        ByteBuffer[] buffers = memory.iovecs(c.u32(1), c.u32(2));
        long n = WasiBlocking.socketRead(c.env, socket, buffers, (flags & WasiFlags.RECV_WAITALL) != 0);
        memory.putI32(c.u32(4), (int) n);
        memory.putU16(c.u32(5), 0);
        return success();
    }
}
