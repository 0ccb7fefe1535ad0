package org.wasmroutines.interop;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.interop.ArityException;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import org.wasmroutines.errors.Failure;
import org.wasmroutines.errors.WasmException;
import org.wasmroutines.runtime.WasmThreads;
import org.wasmroutines.sched.DeadlockException;
import org.wasmroutines.sched.ThreadFailedException;
import org.wasmroutines.sched.WasmThread;

/**
 * A wasm thread as {@link RuntimeObject#SPAWN spawn} returns it: members {@code id} (positive,
 * unique in the context), {@code name} (the function's), {@code state} ({@code RUNNABLE},
 * {@code RUNNING}, {@code PARKED}, ..., {@code FINISHED}, {@code FAILED}; {@code CANCELLED} when
 * dropped by the closing of its context) and {@code join()}, which runs the scheduler until the
 * thread ends and returns the function's result (null for none, an array for several) or throws
 * its trap.
 */
@ExportLibrary(InteropLibrary.class)
public final class WasmThreadObject extends WasmObject {
    static final String ID = "id";
    static final String NAME = "name";
    static final String STATE = "state";
    static final String JOIN = "join";

    private final WasmThread thread;
    private final WasmThreads threads;

    WasmThreadObject(WasmThread thread, WasmThreads threads) {
        this.thread = thread;
        this.threads = threads;
    }

    public WasmThread thread() {
        return thread;
    }

    @ExportMessage
    boolean hasMembers() {
        return true;
    }

    @ExportMessage
    Object getMembers(@SuppressWarnings("unused") boolean includeInternal) {
        return new ReadOnlyArray(new Object[]{ID, NAME, STATE, JOIN});
    }

    @ExportMessage
    boolean isMemberReadable(String member) {
        return ID.equals(member) || NAME.equals(member) || STATE.equals(member);
    }

    @ExportMessage
    boolean isMemberInvocable(String member) {
        return JOIN.equals(member);
    }

    @ExportMessage
    @TruffleBoundary
    Object readMember(String member) throws UnknownIdentifierException {
        return switch (member) {
            case ID -> thread.id();
            case NAME -> thread.name();
            case STATE -> thread.state().name();
            default -> throw UnknownIdentifierException.create(member);
        };
    }

    @ExportMessage
    @TruffleBoundary
    Object invokeMember(String member, Object[] arguments) throws UnknownIdentifierException, ArityException {
        if (!JOIN.equals(member)) {
            throw UnknownIdentifierException.create(member);
        }
        if (arguments.length != 0) {
            throw ArityException.create(0, 0, arguments.length);
        }
        try {
            return PolyglotValues.toPolyglotResult(threads.scheduler().join(thread));
        } catch (ThreadFailedException e) {
            if (e.getCause() instanceof AbstractTruffleException guestError) {
                throw guestError;
            }
            throw WasmException.of(Failure.Kind.TRAP, "wasm thread " + thread.id() + " failed: " + e.getCause());
        } catch (DeadlockException e) {
            throw threads.deadlock(e);
        } catch (IllegalStateException e) {
            throw RuntimeObject.misuse(JOIN, e);
        } finally {
            threads.writeTrace();
        }
    }

    @Override
    String displayString() {
        return thread.toString();
    }
}
