package org.wasmroutines.sched;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Runs wasm threads as fibers on one carrier thread, the Go way: the carrier takes a runnable
 * thread, resumes it until it blocks, yields or spends its preemption budget, and repeats.
 * <p>
 * <b>Host side</b> (on the carrier, outside any wasm thread): {@link #spawn}, {@link #step},
 * {@link #runUntilIdle}, {@link #runUntilAllDone}, {@link #join}, {@link #threads},
 * {@link #counters}, {@link #trace}. <b>Wasm side</b> (inside a spawned body): {@link #park},
 * {@link #unpark}, {@link #yieldNow}, {@link #sleepUntil}, {@link #awaitHostFuture}, {@link #join},
 * and {@link WasmThread#pollPreemption()} at back-edges and calls. Every one of them that blocks
 * goes through {@link #suspend}, the single yield site.
 * <p>
 * Only the carrier touches scheduler state, so there are no locks, and so none can be held
 * across a yield. Other Java threads reach the scheduler only by completing a host future, whose
 * callback goes through the lock-free inbox of {@link HostCompletions}.
 * <p>
 * <b>Errors</b>: a wasm thread that ends by an exception is {@link ThreadState#FAILED} and its
 * joiners see it; when that exception is a {@link Error} (out of memory, or the polyglot context
 * being cancelled or exited, which Truffle throws as errors) it is also rethrown on the carrier by
 * the call that ran the thread, since no guest can handle it. <b>Shutdown</b>: {@link #shutDown}
 * drops every thread that has not ended without running it again; see there.
 */
public final class Scheduler {
    /** wasi-threads keeps thread ids positive and below 2^29 (the top bits are reserved). */
    public static final int MAX_THREAD_ID = 0x1FFFFFFF;

    private static final String NEEDS_HOST_RETURN = "The threads left wait for JavaScript promises, which settle only after this blocking call "
                    + "returns to JavaScript: from JavaScript, run the threads with `await runtime.runAsync()` instead of run() or join(), "
                    + "and call exports that reach async imports from a wasm thread (runtime.spawn).";

    private final SchedulingMode mode;
    private final FiberBackend backend;
    private final RunQueue runQueue = new RunQueue();
    private final ParkingLot parkingLot = new ParkingLot();
    private final TimerQueue timers = new TimerQueue();
    private final HostCompletions host;
    private final ScheduleTrace trace;
    /** Threads not yet ended, by id; insertion order is id order, so listings are stable. */
    private final LinkedHashMap<Integer, WasmThread> live = new LinkedHashMap<>();
    private final Consumer<WasmThread> wakeParked = this::wakeParked;
    private final Consumer<HostCompletions.HostAwait> deliverHost = this::deliverHost;
    private StackDescriber stackDescriber = StackDescriber.NONE;
    private Thread carrier;
    private WasmThread running;
    private int nextId = 1;
    private boolean shutDown;
    private long spawned;
    private long switches;

    /**
     * A scheduler over the JDK's continuations.
     *
     * @throws ContinuationsUnavailableException if the JVM lacks the {@code --add-exports} flag
     */
    public Scheduler(SchedulerOptions options) {
        this(options, ContinuationBackend.load());
    }

    public Scheduler(SchedulerOptions options, FiberBackend backend) {
        this.mode = options.newMode();
        this.backend = backend;
        this.host = new HostCompletions(options.deterministic());
        this.trace = options.traceSchedule() ? new ScheduleTrace() : null;
    }

    /** How the carrier blocks when nothing can run; the engine makes it interruptible by its context. */
    public void setCarrierWait(CarrierWait wait) {
        host.setCarrierWait(Objects.requireNonNull(wait, "wait"));
    }

    /** Lets the engine render wasm stacks in {@link #threads()} and deadlock reports. */
    public void setStackDescriber(StackDescriber describer) {
        this.stackDescriber = describer;
    }

    // ---------------------------------------------------------------- host side

    /**
     * Creates a wasm thread that will run {@code body} when first scheduled; callable from the
     * host or from a running wasm thread (thread-spawn). It joins the run queue behind the others.
     *
     * @throws IllegalStateException when thread ids are exhausted (thread-spawn then fails)
     */
    public WasmThread spawn(String name, Callable<?> body) {
        checkOpen();
        checkCarrier();
        if (nextId > MAX_THREAD_ID) {
            throw new IllegalStateException("no wasm thread id left (ids end at " + MAX_THREAD_ID + ")");
        }
        int id = nextId++;
        WasmThread thread = new WasmThread(id, name != null ? name : "thread-" + id, this, body, backend);
        live.put(id, thread);
        spawned++;
        runQueue.addLast(thread);
        if (trace != null) {
            trace.spawned(mode.now(), thread, running);
        }
        return thread;
    }

    public WasmThread spawn(Callable<?> body) {
        return spawn(null, body);
    }

    /** Runs one turn of one thread, first letting in timers and host completions that are due. */
    public boolean step() {
        enterCarrier();
        if (runTurn()) {
            return true;
        }
        mode.deliverReady(host, deliverHost);
        return runTurn();
    }

    /**
     * Runs until no thread can run without waiting: all ended, or all blocked on something that
     * has not happened yet. Never blocks the caller and never moves the virtual clock.
     */
    public void runUntilIdle() {
        enterCarrier();
        while (true) {
            if (!runTurn()) {
                mode.deliverReady(host, deliverHost);
                if (runQueue.isEmpty()) {
                    return;
                }
            }
        }
    }

    /**
     * One round of an event loop that the host owns, for hosts that must regain control between
     * rounds (a JavaScript job queue settles the promises the threads await only once the host's
     * code returns to it). Runs until idle; when threads remain and some await host futures, waits
     * at most {@code maxWaitNanos} (0 = not at all) for one to complete (in deterministic mode: the
     * oldest, the only one it may deliver next) and runs until idle again. When only timers can wake a thread, waits for them as
     * {@link #runUntilAllDone} would: no host code can help then.
     *
     * @return whether threads remain
     * @throws DeadlockException when threads remain but nothing can ever wake one
     */
    public boolean runRound(long maxWaitNanos) {
        runUntilIdle();
        if (live.isEmpty()) {
            return false;
        }
        if (host.pendingCount() == 0) {
            if (!mode.awaitWakeup(timers, host, deliverHost)) {
                throw new DeadlockException(threads());
            }
        } else if (maxWaitNanos > 0) {
            mode.awaitHostCompletion(timers, host, System.nanoTime() + maxWaitNanos);
        }
        runUntilIdle();
        return !live.isEmpty();
    }

    /**
     * Runs until every thread has ended, waiting for timers (or jumping the virtual clock) and
     * host futures as needed.
     *
     * @throws DeadlockException when threads remain but nothing can ever wake one
     */
    public void runUntilAllDone() {
        runUntil(null);
    }

    /**
     * Waits for {@code thread} to end and returns its result. Inside a wasm thread this blocks
     * only the caller; on the host it runs the scheduler until the thread has ended.
     *
     * @throws ThreadFailedException if the thread ended by an exception (its cause)
     * @throws DeadlockException (host side) if the thread can never end
     */
    @TruffleBoundary
    public Object join(WasmThread thread) {
        if (thread.scheduler() != this) {
            throw new IllegalArgumentException(thread + " belongs to another scheduler");
        }
        WasmThread self = running;
        if (self == null) {
            runUntil(thread);
        } else if (!thread.isEnded()) {
            if (thread == self) {
                throw new IllegalStateException(self + " cannot join itself");
            }
            self.joinTarget = thread;
            thread.addJoiner(self);
            self.state = ThreadState.JOINING;
            suspend(self);
            self.joinTarget = null;
        }
        if (thread.state() == ThreadState.FAILED) {
            throw new ThreadFailedException(thread, thread.failure());
        }
        return thread.result();
    }

    /** The threads that have not ended, by id, with state, what they wait on, and wasm stack. */
    public List<ThreadInfo> threads() {
        List<ThreadInfo> infos = new ArrayList<>(live.size());
        for (WasmThread thread : live.values()) {
            infos.add(new ThreadInfo(thread.id(), thread.name(), thread.state, thread.waitingOn(), stackDescriber.describe(thread)));
        }
        return infos;
    }

    public SchedulerCounters counters() {
        return new SchedulerCounters(spawned, switches, live.size(), runQueue.size(), parkingLot.parkedCount(), host.pendingCount());
    }

    /** The schedule recorded so far ({@link ScheduleTrace} format), or null if not tracing. */
    public String trace() {
        return trace == null ? null : trace.text();
    }

    public void writeTrace(Path file) throws IOException {
        if (trace == null) {
            throw new IllegalStateException("the schedule is not being traced (SchedulerOptions.withTrace(true))");
        }
        trace.writeTo(file);
    }

    /**
     * Ends the scheduler for good, when its polyglot context closes: every thread that has not
     * ended is dropped where it stands (parked, sleeping, awaiting a host future, runnable), without
     * running again and without unwinding its wasm frames, which run no code on the way out. Each
     * one ends {@link ThreadState#CANCELLED} and lets go of its fiber, so the suspended stack can
     * be collected even while the host still holds the thread's handle or a future it awaited; a
     * future completed later does nothing. Any later use of the scheduler throws
     * {@link IllegalStateException}. Call it from any Java thread once no carrier is running the
     * scheduler any more (the polyglot context guarantees that when it disposes).
     */
    public void shutDown() {
        if (shutDown) {
            return;
        }
        shutDown = true;
        List<HostCompletions.HostAwait> awaits = new ArrayList<>();
        for (WasmThread thread : live.values()) {
            if (thread.hostAwait != null) {
                awaits.add(thread.hostAwait);
            }
        }
        host.shutDown(awaits);
        for (WasmThread thread : live.values()) {
            thread.drop();
        }
        live.clear();
        // The queues still name the dropped threads, which no longer hold anything; the scheduler
        // is unreachable once its context is, and the handles the host keeps reach no fiber.
        carrier = null;
        running = null;
    }

    public boolean isShutDown() {
        return shutDown;
    }

    /** The scheduler's clock in nanoseconds: monotonic real time, or virtual time in deterministic mode. */
    public long now() {
        return mode.now();
    }

    /** Random bytes for {@code random_get}: from the schedule's seed in deterministic mode. */
    public void randomBytes(byte[] into) {
        mode.randomBytes(into);
    }

    /** The wasm thread running now, or null on the host side. Read it once per call, not per loop iteration. */
    public WasmThread current() {
        return running;
    }

    // ---------------------------------------------------------------- wasm side

    /**
     * Parks the calling thread on ({@code key}, {@code address}) behind earlier waiters there,
     * until {@link #unpark} wakes it or {@code timeoutNanos} pass (negative: no timeout). The
     * caller checks the expected value first; nothing runs between that check and the park.
     *
     * @see <a href="https://github.com/WebAssembly/threads/blob/main/proposals/threads/Overview.md#wait-and-notify-operators">threads proposal, "Wait and Notify operators"</a>: memory.atomic.wait
     */
    @TruffleBoundary
    public WakeResult park(Object key, long address, long timeoutNanos) {
        WasmThread self = requireCurrent();
        if (timeoutNanos == 0) {
            return WakeResult.TIMED_OUT;
        }
        parkingLot.park(self, key, address);
        if (timeoutNanos > 0) {
            timers.schedule(self, deadlineAfter(timeoutNanos));
        }
        self.wakeResult = null;
        self.state = ThreadState.PARKED;
        suspend(self);
        return self.wakeResult;
    }

    /**
     * Wakes up to {@code count} threads parked on ({@code key}, {@code address}), oldest first,
     * and returns how many; they run after the caller's turn. Callable from the host too.
     *
     * @see <a href="https://github.com/WebAssembly/threads/blob/main/proposals/threads/Overview.md#wait-and-notify-operators">threads proposal, "Wait and Notify operators"</a>: memory.atomic.notify
     */
    @TruffleBoundary
    public int unpark(Object key, long address, long count) {
        if (running == null) {
            checkCarrier();
        }
        return parkingLot.unpark(key, address, count, wakeParked);
    }

    /** Gives the carrier to the other runnable threads; the caller runs again later. */
    @TruffleBoundary
    public void yieldNow() {
        WasmThread self = requireCurrent();
        self.state = ThreadState.RUNNABLE;
        suspend(self);
    }

    /** Blocks the calling thread until the scheduler's clock ({@link #now()}) reaches {@code deadline}. */
    @TruffleBoundary
    public void sleepUntil(long deadline) {
        WasmThread self = requireCurrent();
        if (deadline - mode.now() <= 0) {
            return;
        }
        timers.schedule(self, deadline);
        self.state = ThreadState.SLEEPING;
        suspend(self);
    }

    /**
     * Suspends only the calling thread until {@code future} completes, on whatever Java thread,
     * and returns its value or throws its exception (unwrapped from {@link CompletionException}
     * when unchecked).
     */
    public <T> T awaitHostFuture(CompletionStage<T> future) {
        return awaitHostFuture(future, false);
    }

    /**
     * {@link #awaitHostFuture(CompletionStage)} for a future that can complete only after the
     * carrier's current call from the host has returned ({@code needsHostReturn}): a JavaScript
     * promise, which GraalJS settles from its job queue, and runs that only when the outermost call
     * into JavaScript returns. A blocking {@link #runUntilAllDone}/{@link #join} that is left with
     * nothing but such awaits cannot end, so it stops with a {@link DeadlockException} that says
     * so, instead of waiting forever; {@link #runRound} (the way to run from such a host) waits
     * for them between the host's jobs.
     */
    @TruffleBoundary
    @SuppressWarnings("unchecked")
    public <T> T awaitHostFuture(CompletionStage<T> future, boolean needsHostReturn) {
        Objects.requireNonNull(future, "future");
        WasmThread self = requireCurrent();
        HostCompletions.HostAwait await = host.begin(self, needsHostReturn);
        self.hostAwait = await;
        self.state = ThreadState.AWAITING_HOST;
        future.whenComplete(await::complete);
        suspend(self);
        self.hostAwait = null;
        Throwable error = await.error();
        if (error == null) {
            return (T) await.value();
        }
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof RuntimeException unchecked) {
            throw unchecked;
        }
        if (cause instanceof Error fatal) {
            throw fatal;
        }
        throw new CompletionException(cause);
    }

    /** Called by {@link WasmThread#pollPreemption()} when the turn's budget is spent. */
    @TruffleBoundary
    void preempt(WasmThread self) {
        if (self != running) {
            throw new IllegalStateException(self + " polled for preemption but is not the running thread");
        }
        self.state = ThreadState.RUNNABLE;
        suspend(self);
    }

    /**
     * The single yield site: every blocking operation and the preemption check end here, after
     * recording in {@code self.state} why the thread stops; the carrier loop reads that state when
     * the fiber returns control. Must never be reached while holding a Java lock (JDK 25 lets a
     * fiber freeze inside a monitor, and the next fiber to take it would deadlock the carrier).
     */
    @TruffleBoundary
    static void suspend(WasmThread self) {
        Scheduler scheduler = self.scheduler();
        try {
            scheduler.backend.suspendCurrent();
        } catch (RuntimeException | Error e) {
            // Not suspended (pinned): take the thread out of what it was about to wait on, so
            // that if its code catches the exception, no queue still believes it waits.
            scheduler.cancelWait(self);
            throw e;
        }
    }

    // ---------------------------------------------------------------- carrier loop

    private void runUntil(WasmThread target) {
        enterCarrier();
        while (target == null ? !live.isEmpty() : !target.isEnded()) {
            if (runTurn()) {
                continue;
            }
            if (timers.isEmpty() && host.onlyAwaitsNeedingHostReturn()) {
                throw new DeadlockException(threads(), NEEDS_HOST_RETURN);
            }
            if (!mode.awaitWakeup(timers, host, deliverHost)) {
                throw new DeadlockException(threads());
            }
        }
    }

    /** Resumes one runnable thread until it stops; false when none is runnable. */
    private boolean runTurn() {
        mode.admitHostCompletions(host, deliverHost);
        fireDueTimers();
        if (runQueue.isEmpty()) {
            return false;
        }
        WasmThread thread = runQueue.take(mode.pickNext(runQueue.size()));
        thread.fuel = mode.nextBudget();
        thread.state = ThreadState.RUNNING;
        running = thread;
        switches++;
        boolean ended;
        try {
            ended = thread.fiber.resume();
        } finally {
            running = null;
        }
        if (trace != null) {
            trace.turnEnded(mode.now(), thread);
        }
        if (ended) {
            threadEnded(thread);
            if (thread.failure() instanceof Error fatal) {
                throw fatal;
            }
        } else if (thread.state == ThreadState.RUNNABLE) {
            runQueue.addLast(thread);
        }
        return true;
    }

    private void fireDueTimers() {
        if (timers.isEmpty()) {
            return;
        }
        long now = mode.now();
        WasmThread due;
        while ((due = timers.pollDue(now)) != null) {
            if (due.state == ThreadState.PARKED) {
                parkingLot.remove(due);
                due.wakeResult = WakeResult.TIMED_OUT;
            }
            makeRunnable(due);
        }
    }

    private void threadEnded(WasmThread thread) {
        live.remove(thread.id());
        ArrayDeque<WasmThread> joiners = thread.takeJoiners();
        if (joiners != null) {
            for (WasmThread joiner : joiners) {
                makeRunnable(joiner);
            }
        }
    }

    private void cancelWait(WasmThread thread) {
        switch (thread.state) {
            case PARKED -> {
                parkingLot.remove(thread);
                timers.cancel(thread);
            }
            case SLEEPING -> timers.cancel(thread);
            case JOINING -> thread.joinTarget.removeJoiner(thread);
            case AWAITING_HOST -> host.abandon(thread.hostAwait);
            default -> {
                // RUNNABLE (a yield): nothing was queued yet
            }
        }
        thread.state = ThreadState.RUNNING;
    }

    private void wakeParked(WasmThread thread) {
        timers.cancel(thread);
        thread.wakeResult = WakeResult.WOKEN;
        makeRunnable(thread);
    }

    private void deliverHost(HostCompletions.HostAwait await) {
        makeRunnable(await.thread);
    }

    private void makeRunnable(WasmThread thread) {
        thread.state = ThreadState.RUNNABLE;
        runQueue.addLast(thread);
    }

    private long deadlineAfter(long timeoutNanos) {
        try {
            return Math.addExact(mode.now(), timeoutNanos);
        } catch (ArithmeticException tooFar) {
            return Long.MAX_VALUE;
        }
    }

    private WasmThread requireCurrent() {
        WasmThread self = running;
        if (self == null) {
            throw new IllegalStateException("this scheduler operation blocks a wasm thread and must be called from one (a spawned body), not from the host");
        }
        return self;
    }

    private void enterCarrier() {
        checkOpen();
        if (running != null) {
            throw new IllegalStateException("the scheduler cannot be run from inside one of its own wasm threads (" + running + ")");
        }
        Thread caller = Thread.currentThread();
        if (carrier == null) {
            carrier = caller;
            host.bindCarrier(caller);
        } else {
            checkCarrier();
        }
    }

    private void checkOpen() {
        if (shutDown) {
            throw new IllegalStateException("the wasm threads' scheduler is shut down (its context was closed)");
        }
    }

    /** Started fibers never migrate, and scheduler state has no locks: one carrier, always the same. */
    private void checkCarrier() {
        if (carrier != null && carrier != Thread.currentThread()) {
            throw new IllegalStateException("scheduler used from " + Thread.currentThread() + " but its carrier is " + carrier);
        }
    }
}
