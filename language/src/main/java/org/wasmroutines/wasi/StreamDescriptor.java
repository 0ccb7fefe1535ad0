package org.wasmroutines.wasi;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Standard input, output or error: one of the polyglot context's streams ({@code Env.in()},
 * {@code out()}, {@code err()}). It cannot seek; closing it only closes the descriptor, never the
 * host's stream.
 */
final class StreamDescriptor extends Descriptor {
    private final InputStream in;
    private final OutputStream out;
    /** A byte {@link #awaitInput} read ahead to learn that input is there, or -1 (written by helper threads too). */
    private volatile int peeked = -1;
    /** A read ahead in progress on a helper thread ({@link #inputArrival}), or null. */
    private CompletableFuture<Boolean> arrival;

    private StreamDescriptor(InputStream in, OutputStream out, long rights) {
        super(rights, 0, 0);
        this.in = in;
        this.out = out;
    }

    static StreamDescriptor input(InputStream in) {
        return new StreamDescriptor(in, null, Rights.INPUT_STREAM);
    }

    static StreamDescriptor output(OutputStream out) {
        return new StreamDescriptor(null, out, Rights.OUTPUT_STREAM);
    }

    /** A character device, as for a terminal: C's stdio then line-buffers output to it. */
    @Override
    int filetype() {
        return WasiFlags.FILETYPE_CHARACTER_DEVICE;
    }

    /**
     * Reads what the stream has into the buffers in order, as a pipe read returns what is there:
     * only the first read may block, later ones happen only while {@code available()} says they
     * will not.
     */
    @Override
    long read(ByteBuffer[] buffers) throws IOException {
        if (in == null) {
            throw new ErrnoException(Errno.BADF);
        }
        finishArrival();
        long total = 0;
        for (ByteBuffer buffer : buffers) {
            if (peeked >= 0 && buffer.hasRemaining()) {
                buffer.put((byte) peeked);
                peeked = -1;
                total++;
            }
            while (buffer.hasRemaining()) {
                if (total > 0 && in.available() <= 0) {
                    return total;
                }
                int n = in.read(buffer.array(), buffer.arrayOffset() + buffer.position(), buffer.remaining());
                if (n < 0) {
                    return total;
                }
                buffer.position(buffer.position() + n);
                total += n;
            }
        }
        return total;
    }

    @Override
    long write(ByteBuffer[] buffers) throws IOException {
        if (out == null) {
            throw new ErrnoException(Errno.BADF);
        }
        long total = 0;
        for (ByteBuffer buffer : buffers) {
            int n = buffer.remaining();
            out.write(buffer.array(), buffer.arrayOffset() + buffer.position(), n);
            total += n;
        }
        out.flush();
        return total;
    }

    @Override
    long readable() throws IOException {
        return in == null ? 0 : in.available() + (peeked >= 0 ? 1 : 0);
    }

    boolean isInput() {
        return in != null;
    }

    /**
     * Blocks until input is there or the stream ended (a stream offers no other readiness test);
     * the byte read is kept for the next {@code fd_read}. Returns false at end of input.
     */
    boolean awaitInput() throws IOException {
        finishArrival();
        if (peeked >= 0) {
            return true;
        }
        peeked = in.read();
        return peeked >= 0;
    }

    /**
     * Whether a read could wait: no byte is known to be there. A read ahead still running on a
     * helper counts as waiting, since the stream must not be read by two threads at once.
     */
    boolean mayBlock() throws IOException {
        synchronized (this) {
            if (arrival != null && !arrival.isDone()) {
                return true;
            }
        }
        return readable() <= 0;
    }

    /**
     * {@link #awaitInput} on a thread of {@code helper}, for a wasm thread that waits for it
     * without blocking its carrier: completes with true when a byte is there (kept for the next
     * read), false at the end of input. Waiters at the same time share one read ahead.
     */
    synchronized CompletableFuture<Boolean> inputArrival(Executor helper) {
        if (arrival != null && !arrival.isDone()) {
            return arrival;
        }
        if (peeked >= 0) {
            return CompletableFuture.completedFuture(Boolean.TRUE);
        }
        CompletableFuture<Boolean> started = new CompletableFuture<>();
        arrival = started;
        helper.execute(() -> {
            try {
                int b = in.read();
                peeked = b;
                started.complete(b >= 0);
            } catch (Throwable e) {
                started.completeExceptionally(e);
            }
        });
        return started;
    }

    /** Waits for a read ahead still running on a helper, so that this thread never reads beside it. */
    private void finishArrival() throws IOException {
        CompletableFuture<Boolean> pending;
        synchronized (this) {
            pending = arrival;
            arrival = null;
        }
        if (pending != null && !pending.isDone()) {
            try {
                pending.join();
            } catch (java.util.concurrent.CompletionException e) {
                throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
            }
        }
    }

    @Override
    void sync(boolean dataOnly) throws IOException {
        if (out != null) {
            out.flush();
        }
    }

    @Override
    void stat(GuestMemory memory, long ptr) {
        FileStat.writeSynthetic(memory, ptr, filetype());
    }
}
