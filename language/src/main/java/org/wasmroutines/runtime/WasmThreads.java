package org.wasmroutines.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;
import java.util.function.Supplier;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleSafepoint;
import com.oracle.truffle.api.nodes.Node;
import org.wasmroutines.WasmLanguage;
import org.wasmroutines.errors.Failure;
import org.wasmroutines.errors.WasmException;
import org.wasmroutines.sched.CarrierWait;
import org.wasmroutines.sched.ContinuationsUnavailableException;
import org.wasmroutines.sched.DeadlockException;
import org.wasmroutines.sched.Scheduler;
import org.wasmroutines.sched.SchedulerOptions;
import org.wasmroutines.sched.ThreadFailedException;
import org.wasmroutines.sched.ThreadState;
import org.wasmroutines.sched.WakeResult;
import org.wasmroutines.sched.WasmThread;

/**
 * The engine's side of the green threads: one per context, it creates the context's
 * {@link Scheduler} on first use, runs wasm functions as wasm threads, and implements
 * {@code memory.atomic.wait} / {@code notify} on top of the scheduler's park and unpark. The atomic
 * nodes, the script runner's threads, the polyglot runtime object (and wasi-threads'
 * {@code thread-spawn}, through {@link #spawn(WasmFunction, IntFunction)}) all come here; only
 * {@code sched} knows fibers.
 *
 * <h2>Waiting outside any wasm thread</h2>
 * A host that calls an export directly runs wasm on its own Java thread, not in a fiber, and a
 * Java stack cannot be parked. Such a wait runs a stand-in wasm thread that re-checks the value
 * and parks on the address in its place (so FIFO order, notify counts and timeouts, virtual ones
 * too, are the same as for any waiter), and drives the scheduler from the host thread until that
 * stand-in ends: the other wasm threads run meanwhile and can notify it. If nothing can ever wake
 * it, the wait traps with the deadlock report instead of hanging.
 *
 * <h2>When the context closes</h2>
 * {@link #shutDown} (from the language's {@code disposeContext}) drops every wasm thread that has
 * not ended: see {@link Scheduler#shutDown}. To get there, a carrier that is running the scheduler
 * on another Java thread must first leave: {@code context.close(true)} cancels it at its next
 * Truffle safepoint, in wasm code (loop back-edges, calls) or while it waits for a host future or a
 * timer, since that wait ({@link #interruptibleWait}) is interruptible by the context.
 *
 * @see <a href="https://github.com/WebAssembly/threads/blob/main/proposals/threads/Overview.md#wait-and-notify-operators">threads proposal, "Wait and Notify operators"</a>
 */
public final class WasmThreads {
    /** {@code memory.atomic.wait} results. */
    public static final int OK = 0;
    public static final int NOT_EQUAL = 1;
    public static final int TIMED_OUT = 2;

    private final SchedulerOptions options;
    private final Path traceFile;
    private final WasmLanguage language;
    private Scheduler scheduler;
    /** The bottom frame of the threads spawned here; created with the first. */
    private CallTarget entry;
    private int pruneSitesAt = 1024;
    /** The engine data of the threads spawned here that may still be alive (pruned at each deadlock report). */
    private final List<WaitSite> sites = new ArrayList<>();
    /** The Java thread that drives the scheduler (its carrier); wasm run elsewhere is never in a fiber. */
    private Thread carrier;
    /** Programs that one of their threads ended, by their shared memory: what each of their waits throws now (see {@link #endProgram}). */
    private final Map<WasmMemory, Supplier<? extends RuntimeException>> endedPrograms = new IdentityHashMap<>();

    public WasmThreads(WasmLanguage language, SchedulerOptions options, Path traceFile) {
        this.language = language;
        this.options = traceFile != null ? options.withTrace(true) : options;
        this.traceFile = traceFile;
    }

    /** The scheduler, created on first use; the calling thread becomes its carrier. */
    @TruffleBoundary
    public Scheduler scheduler() {
        if (scheduler == null) {
            try {
                scheduler = new Scheduler(options);
                language.schedulerCreated();
            } catch (ContinuationsUnavailableException e) {
                throw WasmException.of(Failure.Kind.TRAP, "wasm threads need the JDK's continuations: " + e.getMessage());
            }
            scheduler.setStackDescriber(WasmThreads::describeStack);
            scheduler.setCarrierWait(WasmThreads::interruptibleWait);
        }
        if (carrier == null && scheduler.current() == null) {
            carrier = Thread.currentThread();
        }
        return scheduler;
    }

    /**
     * The context is closing: drops every wasm thread that has not ended (see
     * {@link Scheduler#shutDown}) and what this object knew of them. Called with no carrier in the
     * context any more.
     */
    @TruffleBoundary
    public void shutDown() {
        if (scheduler != null) {
            scheduler.shutDown();
        }
        sites.clear();
        endedPrograms.clear();
        carrier = null;
    }

    /**
     * The carrier's idle wait, as a blocked Truffle thread: closing or cancelling the context (or any
     * other safepoint action) interrupts it, runs the action, which may throw (a cancel), and then
     * parks again. Outside an entered context (the scheduler used directly) it parks plainly.
     */
    private static void interruptibleWait(Object blocker, long deadline, boolean hasDeadline) {
        try {
            TruffleSafepoint.setBlockedThreadInterruptible(null, b -> {
                if (hasDeadline) {
                    LockSupport.parkNanos(b, deadline - System.nanoTime());
                } else {
                    LockSupport.park(b);
                }
                if (Thread.interrupted()) {
                    throw new InterruptedException();
                }
            }, blocker);
        } catch (IllegalStateException notEntered) {
            CarrierWait.PLAIN.park(blocker, deadline, hasDeadline);
        }
    }

    /**
     * The wasm thread running on the calling Java thread, or null when wasm runs outside any
     * fiber (a plain host call). Read it once per call, never per loop iteration.
     */
    public WasmThread current() {
        if (language.noScheduler().isValid()) {
            return null;
        }
        Scheduler s = scheduler;
        if (s == null) {
            return null;
        }
        WasmThread thread = s.current();
        return thread != null && carrier == Thread.currentThread() ? thread : null;
    }

    public boolean deterministic() {
        return options.deterministic();
    }

    /**
     * Runs {@code function(args)} (wasm values, already converted) as a new wasm thread; it
     * starts when the scheduler next runs. Callable from the host or from a wasm thread (this is
     * where wasi-threads' {@code thread-spawn} plugs in). The thread's result is the call's
     * result ({@code null}, a boxed value, or {@code Object[]}).
     */
    @TruffleBoundary
    public WasmThread spawn(WasmFunction function, Object[] args) {
        Object[] callArguments = function.callArguments(args);
        return spawn(function.name(), () -> entry().call(function.target(), callArguments), true);
    }

    /**
     * Like {@link #spawn(WasmFunction, Object[])}, for callers that pass the new thread's own id
     * as an argument, as wasi-threads does ({@code wasi_thread_start(tid, arg)}): the arguments
     * are made from the id when the thread starts.
     */
    @TruffleBoundary
    public WasmThread spawn(WasmFunction function, IntFunction<Object[]> argumentsForId) {
        WasmThread[] self = new WasmThread[1];
        self[0] = spawn(function.name(), () -> entry().call(function.target(), function.callArguments(argumentsForId.apply(self[0].id()))), true);
        return self[0];
    }

    /**
     * Runs {@code body} (engine code that calls wasm, such as a script's thread) as a new wasm
     * thread named {@code name}; its waits can be described in deadlock reports like any other.
     */
    @TruffleBoundary
    public WasmThread spawn(String name, Callable<?> body) {
        return spawn(name, body, false);
    }

    /** @param throughEntry whether {@code body} calls wasm through {@link #entry()}, so that the thread can walk its stack */
    private WasmThread spawn(String name, Callable<?> body, boolean throughEntry) {
        WasmThread thread = scheduler().spawn(name, body);
        WaitSite site = new WaitSite(thread, name, throughEntry);
        thread.setAttachment(site);
        if (sites.size() >= pruneSitesAt) {
            sites.removeIf(old -> old.thread.isEnded());
            pruneSitesAt = Math.max(1024, 2 * sites.size());
        }
        sites.add(site);
        return thread;
    }

    private CallTarget entry() {
        if (entry == null) {
            entry = FiberEntry.create(language);
        }
        return entry;
    }

    /**
     * {@code memory.atomic.wait}, after the caller has checked alignment, bounds and sharing and
     * found the value equal to the expected one, with nothing run since.
     *
     * @param waitingFunction the function executing the wait, for thread listings
     * @return {@link #OK}, {@link #NOT_EQUAL} (host side only: the value changed before the stand-in
     *         parked) or {@link #TIMED_OUT}
     */
    @TruffleBoundary
    public int await(WasmMemory memory, long address, int bytes, long expected, long timeoutNanos, String waitingFunction, Node location) {
        WasmThread self = current();
        if (self != null) {
            return park(self, memory, address, timeoutNanos, waitingFunction);
        }
        if (timeoutNanos == 0) {
            return TIMED_OUT;
        }
        WasmThread[] standIn = new WasmThread[1];
        standIn[0] = spawn("host wait in " + waitingFunction, () -> {
            if (MemoryAtomics.load(memory, location, address, bytes) != expected) {
                return NOT_EQUAL;
            }
            return park(standIn[0], memory, address, timeoutNanos, waitingFunction);
        });
        try {
            return (Integer) scheduler.join(standIn[0]);
        } catch (ThreadFailedException e) {
            throwIfEnded(memory);
            throw e;
        } catch (DeadlockException e) {
            throw deadlock(e);
        } catch (IllegalStateException e) {
            // another Java thread drives the scheduler: this one cannot run it to wait
            throw WasmException.of(Failure.Kind.TRAP, "memory.atomic.wait outside a wasm thread: " + e.getMessage());
        } finally {
            writeTrace();
        }
    }

    /**
     * Parks the running wasm thread; a wake-up that only asks it to describe its stack (see
     * {@link #deadlock}) is answered on the spot and the thread parks again, so it stays invisible.
     */
    private int park(WasmThread self, WasmMemory memory, long address, long timeoutNanos, String waitingFunction) {
        WaitSite site = self.attachment() instanceof WaitSite s ? s : null;
        if (site != null) {
            site.waitingIn(waitingFunction, memory, address);
        }
        while (true) {
            throwIfEnded(memory);
            WakeResult result = scheduler.park(memory, address, timeoutNanos);
            throwIfEnded(memory);
            if (site == null || !site.describeRequested) {
                return result == WakeResult.WOKEN ? OK : TIMED_OUT;
            }
            site.describeRequested = false;
            site.walkedStack = site.walkable ? FiberEntry.wasmStack(entry) : null;
        }
    }

    /**
     * Ends a program whose threads share {@code memory} (wasi-threads: {@code proc_exit} or a trap
     * in one thread ends them all): every wait of its threads on that memory, those parked now and
     * those to come, throws {@code reason.get()} instead of returning, so the threads unwind, and
     * a host blocked in such a wait (the main thread calling {@code _start}) sees the exit or trap.
     * Threads that are runnable now keep running until their next wait. The first reason wins.
     */
    @TruffleBoundary
    public void endProgram(WasmMemory memory, Supplier<? extends RuntimeException> reason) {
        if (endedPrograms.putIfAbsent(memory, reason) != null || scheduler == null) {
            return;
        }
        for (WaitSite site : sites) {
            if (site.memory == memory && site.thread.state() == ThreadState.PARKED) {
                scheduler.unpark(memory, site.address, Long.MAX_VALUE);
            }
        }
    }

    private void throwIfEnded(WasmMemory memory) {
        Supplier<? extends RuntimeException> reason = endedPrograms.isEmpty() ? null : endedPrograms.get(memory);
        if (reason != null) {
            throw reason.get();
        }
    }

    /** {@code memory.atomic.notify} on a shared memory: wakes up to {@code count} waiters, oldest first. */
    @TruffleBoundary
    public int notify(WasmMemory memory, long address, long count) {
        Scheduler s = scheduler;
        if (s == null) {
            return 0;
        }
        return s.unpark(memory, address, count);
    }

    /**
     * The deadlock report as a wasm error: every thread, its state, what it waits on, its wasm
     * stack. A suspended fiber's frames can only be walked from inside it, so each parked thread
     * is first woken with a request to describe itself: it walks its own Truffle frames at its
     * yield site and parks again at once (nothing else is runnable, so nothing else runs). This
     * costs nothing until a deadlock happens. On Truffle's interpreter-only runtime frames cannot be
     * walked from a fiber (see {@link FiberEntry}); the stack then shows the function that waits
     * and the function the thread started with.
     */
    @TruffleBoundary
    public WasmException deadlock(DeadlockException e) {
        sites.removeIf(site -> site.thread.isEnded());
        for (WaitSite site : sites) {
            if (site.thread.state() == ThreadState.PARKED && site.memory != null) {
                site.describeRequested = true;
            }
        }
        for (WaitSite site : sites) {
            if (site.describeRequested) {
                scheduler.unpark(site.memory, site.address, Long.MAX_VALUE);
            }
        }
        scheduler.runUntilIdle();
        return WasmException.of(Failure.Kind.TRAP, e.reportFor(scheduler.threads()).stripTrailing());
    }

    /** Writes the schedule trace if {@code wasmroutines.TraceSchedule} names a file. */
    @TruffleBoundary
    public void writeTrace() {
        if (traceFile == null || scheduler == null) {
            return;
        }
        try {
            scheduler.writeTrace(traceFile);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the schedule trace to " + traceFile, e);
        }
    }

    /**
     * A thread's wasm stack, innermost first: the frames it walked itself when last asked (see
     * {@link #deadlock}) while it is still parked there; otherwise what is known without walking:
     * the function of its wait and the function it started with.
     */
    private static List<String> describeStack(WasmThread thread) {
        if (!(thread.attachment() instanceof WaitSite site)) {
            return List.of();
        }
        if (site.walkedStack != null && thread.state() == ThreadState.PARKED) {
            return site.walkedStack;
        }
        List<String> frames = new ArrayList<>(3);
        if (site.function != null && thread.state() == ThreadState.PARKED && !site.function.equals(site.entry)) {
            frames.add(site.function);
            frames.add("...");
        }
        frames.add(site.entry);
        return frames;
    }
}
