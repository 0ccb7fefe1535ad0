package org.wasmroutines.test.wasi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** sock_accept, sock_recv, sock_send and sock_shutdown on a listening socket given with wasmroutines.WasiTcpListen. */
class WasiSocketTest {
    @Test
    void echoServer() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        int chosen = port;
        CompletableFuture<String> client = CompletableFuture.supplyAsync(() -> talk(chosen));
        WasiRun.Outcome o = WasiRun.program("echo_socket").option("wasmroutines.WasiTcpListen", "127.0.0.1:" + port).run();
        assertEquals("PING PONG", client.get(30, TimeUnit.SECONDS));
        assertEquals("""
                        accept=0
                        filetype=6
                        recv_end=0 total=9
                        peek=58
                        shutdown=0
                        shutdown_bad=28
                        close=0
                        """, o.stdout());
    }

    /** Connects (retrying until the program listens), sends, half-closes and reads the answer. */
    private static String talk(int port) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (true) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
                OutputStream out = socket.getOutputStream();
                out.write("ping pong".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                socket.shutdownOutput();
                InputStream in = socket.getInputStream();
                return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            } catch (IOException e) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("no WASI server on port " + port, e);
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException interrupted) {
                    throw new IllegalStateException(interrupted);
                }
            }
        }
    }
}
