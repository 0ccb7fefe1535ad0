package org.wasmroutines.wasi;

import com.oracle.truffle.api.TruffleFile;
import com.oracle.truffle.api.TruffleLanguage;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.wasmroutines.WasmContext;
import org.wasmroutines.WasmOptions;
import org.wasmroutines.runtime.WasmThreads;
import org.wasmroutines.errors.Failure;
import org.wasmroutines.errors.WasmException;

/**
 * What a WASI program sees of the world: its arguments, environment variables, open descriptors
 * (0-2 the context's standard streams, then the preopened directories in option order), clocks
 * and random source. One per program; every instance and wasm thread of the program shares it.
 *
 * <p>Configuration, from the polyglot context: argv is {@code Env.getApplicationArguments()}
 * (argv[0] included, so a launcher passes the program name first); the options
 * {@code wasmroutines.WasiEnv}, {@code wasmroutines.WasiDirs} and
 * {@code wasmroutines.WasiTcpListen} ({@link OptionList} encoding).
 */
public final class WasiEnvironment {
    final List<byte[]> args;
    final List<byte[]> environ;
    final FdTable fds = new FdTable();
    final WasiClocks clocks;
    final WasiRandom random;
    /** Java threads that do blocking reads for wasm threads (see {@link WasiBlocking}); made on first use. */
    private ExecutorService blockingReads;

    private final TruffleLanguage.Env truffleEnv;

    private WasiEnvironment(TruffleLanguage.Env truffleEnv, List<String> args, List<String> environ) {
        this.truffleEnv = truffleEnv;
        WasmContext context = currentContext();
        WasmThreads threads = context == null ? null : context.threads();
        if (context != null) {
            // a blocked read's helper thread and the program's descriptors end with the context
            context.onClose(this::close);
        }
        this.clocks = new WasiClocks(threads);
        this.random = new WasiRandom(threads);
        this.args = utf8(args);
        this.environ = utf8(environ);
    }

    /** The environment that the context's options and streams describe. */
    public static WasiEnvironment fromContext(TruffleLanguage.Env env) {
        WasiEnvironment wasi = new WasiEnvironment(env, List.of(env.getApplicationArguments()), OptionList.decode(env.getOptions().get(WasmOptions.WasiEnv)));
        wasi.fds.add(StreamDescriptor.input(env.in()));
        wasi.fds.add(StreamDescriptor.output(env.out()));
        wasi.fds.add(StreamDescriptor.output(env.err()));
        for (String element : OptionList.splitEscaped(env.getOptions().get(WasmOptions.WasiDirs))) {
            int split = element.indexOf("::");
            String host = OptionList.unescape(split < 0 ? element : element.substring(0, split));
            String guest = OptionList.unescape(split < 0 ? element : element.substring(split + 2));
            wasi.preopen(env.getPublicTruffleFile(host), guest);
        }
        for (String address : OptionList.decode(env.getOptions().get(WasmOptions.WasiTcpListen))) {
            wasi.listen(env, address);
        }
        return wasi;
    }

    /**
     * The context this program is made in (the calling thread has entered it): the blocking calls
     * park on its scheduler, whose clock and generator the deterministic mode uses; null outside any
     * context.
     */
    private static WasmContext currentContext() {
        try {
            return WasmContext.get(null);
        } catch (IllegalStateException | AssertionError e) {
            return null;
        }
    }

    /**
     * The executor that does blocking reads for wasm threads while they are parked: one daemon
     * thread per read in progress (a read may wait for ever, so none queues behind another), made when needed and ended when idle, so that none outlives the program for long
     * or keeps the JVM alive; {@link #close} ends them at once.
     */
    synchronized ExecutorService blockingReads() {
        if (blockingReads == null) {
            ThreadPoolExecutor pool = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 5, TimeUnit.SECONDS, new SynchronousQueue<>(), task -> {
                Thread t = new Thread(task, "wasmroutines-wasi-read");
                t.setDaemon(true);
                return t;
            });
            blockingReads = pool;
        }
        return blockingReads;
    }

    /** Opens a listening TCP socket on {@code HOST:PORT} (the last colon splits) as the next descriptor. */
    private int listen(TruffleLanguage.Env env, String address) {
        int colon = address.lastIndexOf(':');
        if (!env.isSocketIOAllowed()) {
            throw WasmException.of(Failure.Kind.UNLINKABLE, "WASI socket " + address + " needs socket access (the context does not allow it)");
        }
        try {
            String host = address.substring(0, Math.max(colon, 0));
            if (host.startsWith("[") && host.endsWith("]")) {
                host = host.substring(1, host.length() - 1);
            }
            int port = Integer.parseInt(address.substring(colon + 1));
            ServerSocketChannel channel = ServerSocketChannel.open();
            channel.bind(new InetSocketAddress(host.isEmpty() ? "0.0.0.0" : host, port));
            return fds.add(SocketDescriptor.listening(channel));
        } catch (IOException | IllegalArgumentException e) {
            throw WasmException.of(Failure.Kind.UNLINKABLE, "WASI socket " + address + " cannot listen: " + e.getMessage());
        }
    }

    /** Preopens the host directory {@code host} under the name {@code guest}; returns its descriptor number. */
    int preopen(TruffleFile host, String guest) {
        TruffleFile dir;
        try {
            dir = host.getAbsoluteFile();
            if (!dir.isDirectory()) {
                throw WasmException.of(Failure.Kind.UNLINKABLE, "WASI preopen " + host + " is not a directory");
            }
        } catch (SecurityException e) {
            throw WasmException.of(Failure.Kind.UNLINKABLE, "WASI preopen " + host + " is not accessible: the context does not allow I/O (" + e.getMessage() + ")");
        }
        return fds.add(new DirectoryDescriptor(dir, List.of(), guest, Rights.DIRECTORY, Rights.INHERITABLE, 0));
    }

    /**
     * Ends the program's hold on host resources: closes every descriptor (files, directories,
     * sockets; the context's standard streams stay open). Done at {@code proc_exit}; an embedder
     * that runs a program to its end without it can call this too.
     */
    public void close() {
        synchronized (this) {
            if (blockingReads != null) {
                blockingReads.shutdownNow();
                blockingReads = null;
            }
        }
        for (Descriptor d : fds.removeAll()) {
            try {
                d.close();
            } catch (IOException e) {
                // the program is over: nobody is left to report a failed close to
            }
        }
    }

    /** The text of a new symbolic link, kept exactly as given (relative, never resolved against a directory). */
    TruffleFile linkText(String text) {
        return truffleEnv.getPublicTruffleFile(text);
    }

    private static List<byte[]> utf8(List<String> strings) {
        List<byte[]> encoded = new ArrayList<>();
        for (String s : strings) {
            encoded.add(s.getBytes(StandardCharsets.UTF_8));
        }
        return encoded;
    }
}
