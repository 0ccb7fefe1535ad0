package org.wasmroutines.wasi;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code poll_oneoff(in, out, nsubscriptions, nevents_ptr)}: waits until at least one
 * subscription is ready and reports every ready one as an event.
 *
 * <ul>
 * <li>Clock subscriptions (48-byte {@code subscription}: userdata u64 at 0, tag u8 at 8, clock id
 * u32 at 16, timeout u64 at 24, precision u64 at 32, flags u16 at 40) fire after a relative
 * timeout or at an absolute time ({@code subscription_clock_abstime}) of the realtime or
 * monotonic clock; CPU-time clocks cannot be waited for and an unknown id is an event with
 * {@link Errno#INVAL}.</li>
 * <li>{@code fd_read}/{@code fd_write} subscriptions (fd u32 at 16): files and output streams are
 * always ready ({@code nbytes} = bytes left to read in a file); standard input is ready when
 * input is there or it ended ({@code fd_readwrite_hangup}); a socket is reported ready at once.
 * A bad descriptor or one without {@code poll_fd_readwrite} is an event with its error.</li>
 * </ul>
 * Events are 32 bytes: userdata u64 at 0, error u16 at 8, type u8 at 10, nbytes u64 at 16,
 * flags u16 at 24. The waiting itself is {@link WasiBlocking}'s.
 *
 * @see <a href="https://github.com/WebAssembly/WASI/blob/main/legacy/preview1/docs.md#poll_oneoff">poll_oneoff</a>
 */
final class WasiPollOneoffNode extends WasiNode {
    private static final int SUBSCRIPTION_SIZE = 48;
    private static final int EVENT_SIZE = 32;

    WasiPollOneoffNode() {
        super("poll_oneoff", "iiii");
    }

    /** One subscription as read from memory, and what happened to it. */
    private static final class Subscription {
        long userdata;
        int type;
        /** Monotonic deadline of a clock subscription. */
        long deadline = Long.MAX_VALUE;
        Descriptor descriptor;
        Errno error;
        boolean ready;
        long nbytes;
        boolean hangup;
    }

    @Override
    int call(WasiCall c) throws IOException {
        long count = c.u32(2);
        if (count == 0) {
            return Errno.INVAL.code();
        }
        GuestMemory memory = c.memory();
        long in = c.u32(0);
        memory.window(in, count * SUBSCRIPTION_SIZE);
        memory.window(c.u32(1), count * EVENT_SIZE);
        List<Subscription> subscriptions = new ArrayList<>();
        for (long i = 0; i < count; i++) {
            subscriptions.add(read(c, memory, in + i * SUBSCRIPTION_SIZE));
        }
        WasiClocks clocks = c.env.clocks;
        if (!anyReady(subscriptions, clocks)) {
            waitForOne(subscriptions, c.env);
        }
        long out = c.u32(1);
        int events = 0;
        for (Subscription s : subscriptions) {
            if (s.ready) {
                write(memory, out + (long) events * EVENT_SIZE, s);
                events++;
            }
        }
        memory.putI32(c.u32(3), events);
        return success();
    }

    private static Subscription read(WasiCall c, GuestMemory memory, long ptr) {
        Subscription s = new Subscription();
        s.userdata = memory.i64(ptr);
        s.type = memory.u8(ptr + 8);
        switch (s.type) {
            case WasiFlags.EVENT_CLOCK -> {
                int clock = memory.i32(ptr + 16);
                long timeout = memory.i64(ptr + 24);
                boolean absolute = (memory.u16(ptr + 40) & WasiFlags.SUBCLOCK_ABSTIME) != 0;
                WasiClocks clocks = c.env.clocks;
                long now = clocks.monotonic();
                if (clock == WasiFlags.CLOCK_MONOTONIC) {
                    s.deadline = absolute ? timeout : saturatedAdd(now, timeout);
                } else if (clock == WasiFlags.CLOCK_REALTIME) {
                    s.deadline = absolute ? saturatedAdd(now, timeout - clocks.now(WasiFlags.CLOCK_REALTIME)) : saturatedAdd(now, timeout);
                } else {
                    s.error = clock == WasiFlags.CLOCK_PROCESS_CPUTIME || clock == WasiFlags.CLOCK_THREAD_CPUTIME ? Errno.NOTSUP : Errno.INVAL;
                }
            }
            case WasiFlags.EVENT_FD_READ, WasiFlags.EVENT_FD_WRITE -> {
                try {
                    s.descriptor = c.env.fds.get(memory.i32(ptr + 16));
                    s.descriptor.require(Rights.POLL_FD_READWRITE);
                } catch (ErrnoException e) {
                    s.error = e.errno;
                }
            }
            default -> s.error = Errno.INVAL;
        }
        return s;
    }

    /** Nanoseconds {@code a + b} of unsigned timeouts, capped instead of wrapping. */
    private static long saturatedAdd(long a, long b) {
        long sum = a + b;
        return b < 0 || sum < a ? Long.MAX_VALUE : sum;
    }

    /** Marks what is ready now; true if anything is. */
    private static boolean anyReady(List<Subscription> subscriptions, WasiClocks clocks) throws IOException {
        boolean any = false;
        long now = clocks.monotonic();
        for (Subscription s : subscriptions) {
            if (s.error != null) {
                s.ready = true;
            } else if (s.type == WasiFlags.EVENT_CLOCK) {
                s.ready = now >= s.deadline;
            } else if (s.type == WasiFlags.EVENT_FD_READ && s.descriptor instanceof StreamDescriptor stream && stream.isInput()) {
                long available = stream.readable();
                s.ready = available > 0;
                s.nbytes = available;
            } else {
                s.ready = true;
                s.nbytes = s.type == WasiFlags.EVENT_FD_READ ? s.descriptor.readable() : 0;
            }
            any |= s.ready;
        }
        return any;
    }

    /** Waits for input on standard input or the earliest clock, whichever comes first. */
    private static void waitForOne(List<Subscription> subscriptions, WasiEnvironment env) throws IOException {
        WasiClocks clocks = env.clocks;
        long deadline = Long.MAX_VALUE;
        StreamDescriptor input = null;
        for (Subscription s : subscriptions) {
            deadline = Math.min(deadline, s.deadline);
            if (s.type == WasiFlags.EVENT_FD_READ && s.descriptor instanceof StreamDescriptor stream) {
                input = stream;
            }
        }
        if (input == null) {
            WasiBlocking.sleepUntil(clocks, deadline);
        } else if (Boolean.FALSE.equals(WasiBlocking.awaitInput(env, input, deadline))) {
            markHangup(subscriptions, input);
        }
        anyReady(subscriptions, clocks);
        for (Subscription s : subscriptions) {
            if (s.hangup) {
                s.ready = true;
            }
        }
    }

    private static void markHangup(List<Subscription> subscriptions, StreamDescriptor input) {
        for (Subscription s : subscriptions) {
            if (s.descriptor == input && s.type == WasiFlags.EVENT_FD_READ) {
                s.hangup = true;
            }
        }
    }

    private static void write(GuestMemory memory, long ptr, Subscription s) {
        memory.zero(ptr, EVENT_SIZE);
        memory.putI64(ptr, s.userdata);
        memory.putU16(ptr + 8, s.error == null ? 0 : s.error.code());
        memory.putU8(ptr + 10, s.type);
        if (s.type != WasiFlags.EVENT_CLOCK) {
            memory.putI64(ptr + 16, s.nbytes);
            memory.putU16(ptr + 24, s.hangup ? WasiFlags.EVENTRW_HANGUP : 0);
        }
    }
}
