package org.wasmroutines.wasi;

import java.io.IOException;

/**
 * {@code sock_send(fd, si_data, si_data_len, si_flags, so_datalen_ptr)}: writes the buffers to a
 * connected socket; no send flags are defined, so {@code si_flags} must be 0.
 *
 * @see <a href="https://github.com/WebAssembly/WASI/blob/main/legacy/preview1/docs.md#sock_send">sock_send</a>
 */
final class WasiSockSendNode extends WasiNode {
    WasiSockSendNode() {
        super("sock_send", "iiiii");
    }

    @Override
    int call(WasiCall c) throws IOException {
        if (!(c.fd(0) instanceof SocketDescriptor socket)) {
            return Errno.NOTSOCK.code();
        }
        socket.require(Rights.FD_WRITE);
        if (c.i32(3) != 0) {
            return Errno.INVAL.code();
        }
        GuestMemory memory = c.memory();
        long n = socket.write(memory.iovecs(c.u32(1), c.u32(2)));
        memory.putI32(c.u32(4), (int) n);
        return success();
    }
}
