package org.wasmroutines.sched;

import java.util.ArrayDeque;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Host futures that wasm threads await. A future may complete on any Java thread; its callback
 * only records the outcome, drops the await into a lock-free inbox and unparks the carrier. All
 * other state is the carrier's own, so no lock is ever held, let alone across a yield.
 * <p>
 * Delivery order: in real-time mode, as completions arrive; in deterministic mode, strictly in the
 * order the awaits began, and only when the scheduler is idle, so that when a completion reaches
 * its thread depends on the program alone and not on how fast the host was.
 */
final class HostCompletions {
    /** One awaited future; written by the completing thread, read by the carrier after {@link #done}. */
    static final class HostAwait {
        /** The awaiting thread; null once the scheduler shut down, so that the host's future no longer holds its fiber. */
        WasmThread thread;
        private final HostCompletions owner;
        /** Whether the future can settle only after the carrier's current host call returns (see {@link Scheduler#awaitHostFuture(CompletionStage, boolean)}). */
        final boolean needsHostReturn;
        private Object value;
        private Throwable error;
        private volatile boolean done;
        boolean delivered;

        HostAwait(WasmThread thread, HostCompletions owner, boolean needsHostReturn) {
            this.thread = thread;
            this.owner = owner;
            this.needsHostReturn = needsHostReturn;
        }

        /**
         * The {@code whenComplete} callback; runs on whichever thread completes the future. After
         * {@link #shutDown} it does nothing: the completing thread sees no exception, and nothing of
         * the closed context runs.
         */
        void complete(Object result, Throwable failure) {
            if (owner.shutDown) {
                return;
            }
            value = result;
            error = failure;
            done = true;
            owner.inbox.offer(this);
            Thread carrier = owner.carrier;
            if (carrier != null) {
                LockSupport.unpark(carrier);
            }
        }

        boolean isDone() {
            return done;
        }

        Object value() {
            return value;
        }

        Throwable error() {
            return error;
        }
    }

    /**
     * How long, at most, a carrier that waits for a host future spins before it parks. Waking a
     * parked carrier takes as long as a quick host answer does (tens of microseconds on these
     * machines); spinning first made an async host call's round trip on a platform thread ~2.5×
     * faster (WasmThreadsBenchmark.asyncHostCall). {@link #adaptSpin} keeps slow hosts from
     * paying for it.
     */
    static final long MAX_SPIN_NANOS = 50_000;

    private final ConcurrentLinkedQueue<HostAwait> inbox = new ConcurrentLinkedQueue<>();
    private final BooleanSupplier arrived = () -> !inbox.isEmpty();
    /** This carrier's spin before its next park: see {@link #adaptSpin}. */
    private long spinNanos = MAX_SPIN_NANOS;
    /** Deterministic mode only: the awaits not yet delivered, oldest first. */
    private final ArrayDeque<HostAwait> inAwaitOrder = new ArrayDeque<>();
    private final boolean deterministic;
    private volatile Thread carrier;
    private volatile boolean shutDown;
    private CarrierWait carrierWait = CarrierWait.PLAIN;
    private int pending;
    /** How many of the {@link #pending} awaits are {@link HostAwait#needsHostReturn}. */
    private int pendingNeedingReturn;

    HostCompletions(boolean deterministic) {
        this.deterministic = deterministic;
    }

    void bindCarrier(Thread thread) {
        carrier = thread;
    }

    void setCarrierWait(CarrierWait wait) {
        carrierWait = wait;
    }

    /**
     * The scheduler shut down: completions that arrive from now on are dropped on the completing
     * thread, and {@code awaits} (those of the threads still waiting) let go of their threads.
     */
    void shutDown(Iterable<HostAwait> awaits) {
        shutDown = true;
        for (HostAwait await : awaits) {
            await.thread = null;
        }
        inbox.clear();
        inAwaitOrder.clear();
        pending = 0;
        pendingNeedingReturn = 0;
        carrier = null;
    }

    int pendingCount() {
        return pending;
    }

    HostAwait begin(WasmThread thread, boolean needsHostReturn) {
        HostAwait await = new HostAwait(thread, this, needsHostReturn);
        if (deterministic) {
            inAwaitOrder.addLast(await);
        }
        pending++;
        if (needsHostReturn) {
            pendingNeedingReturn++;
        }
        return await;
    }

    /**
     * Whether every pending await is one that can settle only after the carrier's host call
     * returns, and none has settled: a carrier that waited for them now would wait forever.
     */
    boolean onlyAwaitsNeedingHostReturn() {
        if (pending == 0 || pendingNeedingReturn != pending || !inbox.isEmpty()) {
            return false;
        }
        for (HostAwait await : inAwaitOrder) {
            if (await.isDone()) {
                return false;
            }
        }
        return true;
    }

    /** Real-time mode: hands every arrived completion to {@code deliver}, in arrival order. */
    void deliverArrived(Consumer<HostAwait> deliver) {
        HostAwait arrived;
        while ((arrived = inbox.poll()) != null) {
            deliver(arrived, deliver);
        }
    }

    /**
     * Deterministic mode: delivers the oldest await if it has completed; with {@code wait}, first
     * blocks the carrier until it does. Returns whether one was delivered.
     */
    boolean deliverOldest(boolean wait, Consumer<HostAwait> deliver) {
        assert deterministic;
        HostAwait oldest = inAwaitOrder.peekFirst();
        if (oldest == null) {
            return false;
        }
        if (wait) {
            await(oldest::isDone, 0, false);
        }
        inbox.clear(); // in this mode the inbox only serves to wake the carrier
        if (!oldest.isDone()) {
            return false;
        }
        deliver(oldest, deliver);
        return true;
    }

    /**
     * Deterministic mode, nothing runnable: blocks the carrier until the oldest await has
     * completed (the only one that may be delivered next) or the deadline (System.nanoTime) passes.
     */
    void waitForOldest(long deadline) {
        assert deterministic;
        HostAwait oldest = inAwaitOrder.peekFirst();
        if (oldest != null) {
            await(oldest::isDone, deadline, true);
        }
    }

    /**
     * Real-time mode, nothing runnable: blocks the carrier until a completion arrives or the
     * deadline (System.nanoTime) passes; with no await pending (only a timer can end the wait) it
     * may return earlier, and the caller looks again.
     */
    void waitForArrival(long deadline, boolean hasDeadline) {
        if (!inbox.isEmpty()) {
            return;
        }
        if (pending == 0) {
            // Only a timer can end this wait: nothing to spin for.
            if (!hasDeadline || deadline - System.nanoTime() > 0) {
                carrierWait.park(this, deadline, hasDeadline);
            }
            return;
        }
        await(arrived, deadline, hasDeadline);
    }

    /**
     * Blocks the carrier until {@code done} holds or the deadline (System.nanoTime, read only when
     * {@code hasDeadline}) passes: spins for this carrier's spin time first, then parks, and after
     * the wait adapts the next spin ({@link #adaptSpin}).
     */
    private void await(BooleanSupplier done, long deadline, boolean hasDeadline) {
        if (done.getAsBoolean()) {
            return;
        }
        long start = System.nanoTime();
        long spinEnd = start + spinNanos;
        if (hasDeadline && deadline - spinEnd < 0) {
            spinEnd = deadline;
        }
        while (!done.getAsBoolean() && System.nanoTime() - spinEnd < 0) {
            Thread.onSpinWait();
        }
        // A completion seen while spinning still unparks the carrier later: re-check after each return.
        while (!done.getAsBoolean() && (!hasDeadline || deadline - System.nanoTime() > 0)) {
            carrierWait.park(this, deadline, hasDeadline);
        }
        adaptSpin(start);
    }

    /**
     * After a wait that began at {@code start}: one no longer than {@link #MAX_SPIN_NANOS} (the
     * host answers quickly) gets the whole spin next time, a longer one halves it, so that a carrier
     * whose host futures take milliseconds soon parks at once.
     */
    private void adaptSpin(long start) {
        spinNanos = System.nanoTime() - start <= MAX_SPIN_NANOS ? MAX_SPIN_NANOS : spinNanos / 2;
    }

    /** The awaiting thread gave up (its suspension failed): a later completion is dropped. */
    void abandon(HostAwait await) {
        retire(await);
    }

    private void deliver(HostAwait await, Consumer<HostAwait> deliver) {
        if (retire(await)) {
            deliver.accept(await);
        }
    }

    private boolean retire(HostAwait await) {
        if (await.delivered) {
            return false;
        }
        await.delivered = true;
        pending--;
        if (await.needsHostReturn) {
            pendingNeedingReturn--;
        }
        while (!inAwaitOrder.isEmpty() && inAwaitOrder.peekFirst().delivered) {
            inAwaitOrder.pollFirst();
        }
        return true;
    }
}
