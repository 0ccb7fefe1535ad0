package org.wasmroutines.wasi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.wasmroutines.errors.WasmException;
import org.wasmroutines.runtime.WasmThreads;
import org.wasmroutines.sched.DeadlockException;
import org.wasmroutines.sched.Scheduler;
import org.wasmroutines.sched.ThreadFailedException;
import org.wasmroutines.sched.WasmThread;

/**
 * Where a WASI call waits: {@code poll_oneoff} sleeps and waits for input, {@code sched_yield},
 * {@code fd_read} on standard input and {@code fd_read}/{@code sock_recv}/{@code sock_accept} on
 * blocking sockets. The one place of the package that blocks.
 *
 * <p><b>Inside a wasm thread</b> a wait parks that thread, never the carrier, so the other wasm
 * threads keep running: sleeps are {@link Scheduler#sleepUntil} (virtual time under the
 * deterministic scheduler, so that a 10-minute sleep takes none), a blocking read is done on a
 * helper Java thread of the program ({@link WasiEnvironment#blockingReads}) while the wasm thread
 * waits for it with {@link Scheduler#awaitHostFuture}. A read on the helper never writes into
 * linear memory (a {@code memory.grow} of another thread may replace it meanwhile): the helper
 * fills a buffer of its own and the wasm thread copies it in.
 *
 * <p><b>Outside any wasm thread</b> (a host calling {@code _start}) the calling Java thread cannot
 * park, so the wait runs in a stand-in wasm thread that the caller drives to its end, as
 * {@code memory.atomic.wait} does there ({@link WasmThreads}): the program's other threads run
 * meanwhile, and virtual time jumps as for any thread. Only when the scheduler cannot be used from
 * this Java thread (another one drives it, or the JVM lacks continuations in the default mode) does
 * the caller block plainly.
 */
final class WasiBlocking {
    /** What {@link #inWasmThread} returns when there is no scheduler to wait in. */
    private static final Object NO_SCHEDULER = new Object();

    private WasiBlocking() {
    }

    /** Sleeps until {@code clocks.monotonic()} reaches {@code deadline}. */
    static void sleepUntil(WasiClocks clocks, long deadline) throws IOException {
        if (deadline - clocks.monotonic() <= 0) {
            return;
        }
        Object done = inWasmThread(clocks, () -> {
            parkUntil(clocks, deadline);
            return Boolean.TRUE;
        });
        if (done == NO_SCHEDULER) {
            sleepBlocking(clocks, deadline);
        }
    }

    /** The calling wasm thread sleeps on the scheduler's clock until the WASI monotonic clock reaches {@code deadline}. */
    private static void parkUntil(WasiClocks clocks, long deadline) {
        Scheduler scheduler = clocks.threads().scheduler();
        long remaining;
        while ((remaining = deadline - clocks.monotonic()) > 0) {
            long now = scheduler.now();
            long wake = now + remaining;
            scheduler.sleepUntil(wake < now ? Long.MAX_VALUE : wake);
        }
    }

    private static void sleepBlocking(WasiClocks clocks, long deadline) {
        if (clocks.isVirtual()) {
            // Virtual time moves only in the scheduler; blocking here would wait for ever.
            throw new ErrnoException(Errno.NOTSUP);
        }
        long remaining;
        while ((remaining = deadline - clocks.monotonic()) > 0) {
            try {
                Thread.sleep(remaining / 1_000_000, (int) (remaining % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ErrnoException(Errno.INTR);
            }
        }
    }

    /** Lets the other wasm threads run: the calling wasm thread goes behind them; a no-op outside any. */
    static void yieldNow(WasiClocks clocks) {
        WasmThreads threads = clocks.threads();
        if (threads != null && threads.current() != null) {
            threads.scheduler().yieldNow();
        }
    }

    /**
     * Waits until standard input has a byte or ended, or the monotonic {@code deadline} passes
     * ({@code Long.MAX_VALUE}: none). Returns TRUE when input is there, FALSE at its end, null when
     * the deadline came first. Under the deterministic scheduler input is never late: the wait
     * ignores the deadline, so that what a run reads does not depend on the host's timing.
     */
    static Boolean awaitInput(WasiEnvironment env, StreamDescriptor input, long deadline) throws IOException {
        WasiClocks clocks = env.clocks;
        long timeout = clocks.isVirtual() || deadline == Long.MAX_VALUE ? -1 : Math.max(0, deadline - clocks.monotonic());
        Object answer = inWasmThread(clocks, () -> awaitHost(clocks, withTimeout(input.inputArrival(env.blockingReads()), timeout)));
        if (answer != NO_SCHEDULER) {
            return (Boolean) answer;
        }
        if (timeout < 0) {
            return input.awaitInput();
        }
        CompletableFuture<Boolean> arrival = input.inputArrival(env.blockingReads());
        try {
            return arrival.get(timeout, TimeUnit.NANOSECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ErrnoException(Errno.INTR);
        } catch (java.util.concurrent.ExecutionException e) {
            throw asIOException(e.getCause());
        }
    }

    /** {@code arrival}, or null after {@code timeoutNanos} real nanoseconds (negative: no timeout). */
    private static CompletableFuture<Boolean> withTimeout(CompletableFuture<Boolean> arrival, long timeoutNanos) {
        if (timeoutNanos < 0) {
            return arrival;
        }
        return arrival.applyToEither(new CompletableFuture<Boolean>().completeOnTimeout(null, timeoutNanos, TimeUnit.NANOSECONDS), answer -> answer);
    }

    /**
     * {@code d.read(buffers)}, which for standard input and blocking sockets may wait: inside a
     * wasm thread (or its stand-in) that wait parks the thread while a helper does it.
     */
    static long read(WasiEnvironment env, Descriptor d, ByteBuffer[] buffers) throws IOException {
        if (d instanceof StreamDescriptor stream && stream.isInput() && hasRoom(buffers) && stream.mayBlock()) {
            // Outside any scheduler the read below blocks plainly; inside one, once input is there
            // (a byte peeked) or at its end, the read takes only what is there and cannot block.
            inWasmThread(env.clocks, () -> awaitHost(env.clocks, stream.inputArrival(env.blockingReads())));
            return d.read(buffers);
        }
        if (d instanceof SocketDescriptor socket && socket.blocks() && hasRoom(buffers)) {
            return socketRead(env, socket, buffers, false);
        }
        return d.read(buffers);
    }

    /** A read from a connected socket, all of it ({@code recv_waitall}) or what comes first. */
    static long socketRead(WasiEnvironment env, SocketDescriptor socket, ByteBuffer[] buffers, boolean fully) throws IOException {
        if (!socket.blocks()) {
            return fully ? socket.readFully(buffers) : socket.read(buffers);
        }
        long room = 0;
        for (ByteBuffer b : buffers) {
            room += b.remaining();
        }
        int size = (int) Math.min(room, Integer.MAX_VALUE - 16);
        Object answer = inWasmThread(env.clocks, () -> awaitHost(env.clocks, CompletableFuture.supplyAsync(() -> {
            ByteBuffer[] own = {ByteBuffer.allocate(size)};
            try {
                if (fully) {
                    socket.readFully(own);
                } else {
                    socket.read(own);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return own[0].flip();
        }, env.blockingReads())));
        if (answer == NO_SCHEDULER) {
            return fully ? socket.readFully(buffers) : socket.read(buffers);
        }
        ByteBuffer received = (ByteBuffer) answer;
        long total = received.remaining();
        for (ByteBuffer b : buffers) {
            int n = Math.min(b.remaining(), received.remaining());
            b.put(received.slice(received.position(), n));
            received.position(received.position() + n);
        }
        return total;
    }

    /** {@code socket.accept(flags)}, parking the wasm thread while a blocking accept waits on a helper. */
    static SocketDescriptor accept(WasiEnvironment env, SocketDescriptor socket, int flags) throws IOException {
        if (!socket.blocks()) {
            return socket.accept(flags);
        }
        Object answer = inWasmThread(env.clocks, () -> awaitHost(env.clocks, CompletableFuture.supplyAsync(() -> {
            try {
                return socket.accept(flags);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, env.blockingReads())));
        return answer == NO_SCHEDULER ? socket.accept(flags) : (SocketDescriptor) answer;
    }

    /** The calling wasm thread waits for {@code future}; an I/O failure comes back as it was thrown. */
    private static Object awaitHost(WasiClocks clocks, CompletionStage<?> future) throws IOException {
        try {
            return clocks.threads().scheduler().awaitHostFuture(future);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (CompletionException e) {
            throw asIOException(e.getCause());
        }
    }

    private static IOException asIOException(Throwable cause) {
        if (cause instanceof IOException io) {
            return io;
        }
        if (cause instanceof UncheckedIOException unchecked) {
            return unchecked.getCause();
        }
        if (cause instanceof RuntimeException e) {
            throw e;
        }
        if (cause instanceof Error e) {
            throw e;
        }
        return new IOException(cause);
    }

    /**
     * Runs {@code body} in the calling wasm thread; outside any, in a stand-in wasm thread that
     * this Java thread drives until it ends (see the class comment). Returns {@code body}'s result,
     * or {@link #NO_SCHEDULER} when no scheduler can be used from here.
     */
    private static Object inWasmThread(WasiClocks clocks, Callable<Object> body) throws IOException {
        WasmThreads threads = clocks.threads();
        if (threads == null) {
            return NO_SCHEDULER;
        }
        if (threads.current() != null) {
            return call(body);
        }
        Scheduler scheduler;
        WasmThread standIn;
        try {
            scheduler = threads.scheduler();
            standIn = threads.spawn("WASI wait", body);
        } catch (IllegalStateException e) {
            return NO_SCHEDULER;
        } catch (WasmException e) {
            if (clocks.isVirtual()) {
                throw e;
            }
            return NO_SCHEDULER;
        }
        try {
            return scheduler.join(standIn);
        } catch (ThreadFailedException e) {
            throw asIOException(e.getCause());
        } catch (DeadlockException e) {
            throw threads.deadlock(e);
        } finally {
            threads.writeTrace();
        }
    }

    private static Object call(Callable<Object> body) throws IOException {
        try {
            return body.call();
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e);
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
}
