package org.wasmroutines.interop;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.ArityException;
import com.oracle.truffle.api.interop.InteropException;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.interop.UnsupportedTypeException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import org.wasmroutines.errors.Failure;
import org.wasmroutines.errors.WasmException;
import org.wasmroutines.runtime.WasmNull;
import org.wasmroutines.runtime.WasmThreads;
import org.wasmroutines.sched.DeadlockException;

/**
 * What {@code runtime.runAsync()} returns: a thenable that runs the wasm threads to completion
 * from a host's job queue, one round per job, for hosts whose promises settle only while their own
 * code is not on the stack.
 * <p>
 * Why: GraalJS runs its promise jobs (what settles the promises of {@code async} imports) only
 * when the outermost call into JavaScript returns, never while JavaScript code is on the stack. A
 * script that calls the blocking {@code runtime.run()} is on the stack for the whole run, so a wasm
 * thread awaiting a promise that needs a job would wait forever. Awaiting this object instead
 * ({@code await runtime.runAsync()}) makes JavaScript call {@link #then} from a job: each call
 * runs one {@link org.wasmroutines.sched.Scheduler#runRound round} (every wasm thread runs until it
 * waits), then resolves with a fresh thenable, which queues the next round behind the jobs that
 * are pending now. So wasm rounds and JavaScript jobs alternate: the scheduler's idle loop is a job
 * of JavaScript's own loop. The round waits for host completions (Java futures) only after
 * {@value #ROUNDS_BEFORE_WAITING} rounds in a row delivered nothing, and then for at most
 * {@value #WAIT_MILLIS} ms, so a chain of promise jobs is never stalled for long and an idle wait
 * does not spin.
 * <p>
 * It settles with {@code null} once every thread has ended, or rejects with the deadlock report
 * when no thread can ever be woken. {@code then} must get the resolving functions of a promise,
 * as {@code await} and {@code Promise.resolve(...)} pass them: a plain callback would receive the
 * next round's thenable.
 */
@ExportLibrary(InteropLibrary.class)
final class RunThenable extends WasmObject {
    static final String THEN = "then";
    static final int ROUNDS_BEFORE_WAITING = 16;
    static final long WAIT_MILLIS = 1;

    private final WasmThreads threads;
    /** Rounds in a row before this one in which no wasm thread ran. */
    private final int idleRounds;

    RunThenable(WasmThreads threads, int idleRounds) {
        this.threads = threads;
        this.idleRounds = idleRounds;
    }

    @ExportMessage
    boolean hasMembers() {
        return true;
    }

    @ExportMessage
    Object getMembers(@SuppressWarnings("unused") boolean includeInternal) {
        return new ReadOnlyArray(new Object[]{THEN});
    }

    @ExportMessage
    boolean isMemberInvocable(String member) {
        return THEN.equals(member);
    }

    /** JavaScript reads {@code then} before it calls it (a thenable is an object whose {@code then} is callable). */
    @ExportMessage
    boolean isMemberReadable(String member) {
        return THEN.equals(member);
    }

    @ExportMessage
    Object readMember(String member) throws UnknownIdentifierException {
        if (!THEN.equals(member)) {
            throw UnknownIdentifierException.create(member);
        }
        return new BoundThen(this);
    }

    @ExportMessage
    Object invokeMember(String member, Object[] arguments) throws UnknownIdentifierException, ArityException, UnsupportedTypeException {
        if (!THEN.equals(member)) {
            throw UnknownIdentifierException.create(member);
        }
        return then(arguments);
    }

    /** {@code then} read as a value: an executable bound to its thenable. */
    @ExportLibrary(InteropLibrary.class)
    static final class BoundThen implements TruffleObject {
        private final RunThenable thenable;

        BoundThen(RunThenable thenable) {
            this.thenable = thenable;
        }

        @ExportMessage
        boolean isExecutable() {
            return true;
        }

        @ExportMessage
        Object execute(Object[] arguments) throws ArityException, UnsupportedTypeException {
            return thenable.then(arguments);
        }
    }

    /** One round, then {@code onFulfilled(next round | null)} or {@code onRejected(error)}. */
    @TruffleBoundary
    private Object then(Object[] arguments) throws ArityException, UnsupportedTypeException {
        if (arguments.length != 2) {
            throw ArityException.create(2, 2, arguments.length);
        }
        InteropLibrary interop = InteropLibrary.getUncached();
        if (!interop.isExecutable(arguments[0]) || !interop.isExecutable(arguments[1])) {
            throw UnsupportedTypeException.create(arguments, "then(onFulfilled, onRejected) expects two functions");
        }
        Object settlement;
        Object callback;
        try {
            if (threads.current() != null) {
                throw WasmException.of(Failure.Kind.TRAP, "runtime.runAsync() cannot be awaited inside a wasm thread");
            }
            long switchesBefore = threads.scheduler().counters().switches();
            long waitNanos = idleRounds >= ROUNDS_BEFORE_WAITING ? WAIT_MILLIS * 1_000_000 : 0;
            boolean more = threads.scheduler().runRound(waitNanos);
            boolean ran = threads.scheduler().counters().switches() != switchesBefore;
            settlement = more ? new RunThenable(threads, ran ? 0 : idleRounds + 1) : WasmNull.NULL;
            callback = arguments[0];
        } catch (DeadlockException e) {
            settlement = threads.deadlock(e);
            callback = arguments[1];
        } catch (WasmException e) {
            settlement = e;
            callback = arguments[1];
        } finally {
            threads.writeTrace();
        }
        try {
            interop.execute(callback, settlement);
        } catch (InteropException e) {
            throw new IllegalStateException("the promise's resolving function could not be called: " + e.getMessage(), e);
        }
        return WasmNull.NULL;
    }

    @Override
    String displayString() {
        return "wasmroutines run (thenable)";
    }
}
