package org.wasmroutines.interop;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.ArityException;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.interop.UnsupportedTypeException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import org.wasmroutines.errors.Failure;
import org.wasmroutines.errors.WasmException;
import org.wasmroutines.runtime.WasmFunction;
import org.wasmroutines.runtime.WasmNull;
import org.wasmroutines.runtime.WasmThreads;
import org.wasmroutines.sched.DeadlockException;
import org.wasmroutines.sched.Scheduler;
import org.wasmroutines.sched.SchedulerCounters;
import org.wasmroutines.sched.ThreadInfo;

/**
 * The coroutine runtime of a context, for hosts: reached as
 * {@code context.getBindings("wasmroutines").getMember("runtime")} (the language's top scope, see
 * {@link BindingsObject}). Members:
 * <ul>
 * <li>{@code spawn(fn, args...)}: runs the exported wasm function {@code fn} as a new wasm thread
 * (started by the next {@code run}, {@code runUntilIdle}, {@code step} or {@code join}); returns a
 * thread object ({@link WasmThreadObject}: {@code id}, {@code name}, {@code state},
 * {@code join()});</li>
 * <li>{@code run()}: runs until every wasm thread has ended; a deadlock is a wasm error whose message
 * lists every thread with its state, what it waits on and its wasm stack;</li>
 * <li>{@code runAsync()}: for JavaScript, {@code await runtime.runAsync()}: {@code run()} as a
 * thenable that runs in rounds between the host's promise jobs, so that wasm threads awaiting
 * JavaScript promises resume (see {@link RunThenable});</li>
 * <li>{@code runUntilIdle()}: runs until no thread can run without waiting (never blocks);</li>
 * <li>{@code step()}: runs one turn of one thread; false if none could run;</li>
 * <li>{@code threads()}: the threads that have not ended, each {@code {id, name, state, waitingOn,
 * stack}};</li>
 * <li>{@code counters}: {@code {spawned, switches, live, runnable, parkedNow, pendingHostFutures}}.</li>
 * </ul>
 * Call it from the thread that runs the context's wasm threads (the first to use the scheduler);
 * from another Java thread, or after the context closed, each member is a guest error that says so
 * ({@link #misuse}). Closing the context drops the threads that have not ended (see
 * {@code docs/embedding.md}, which lists every member with its arguments, results and errors).
 */
@ExportLibrary(InteropLibrary.class)
public final class RuntimeObject extends WasmObject {
    static final String SPAWN = "spawn";
    static final String RUN = "run";
    static final String RUN_ASYNC = "runAsync";
    static final String RUN_UNTIL_IDLE = "runUntilIdle";
    static final String STEP = "step";
    static final String THREADS = "threads";
    static final String COUNTERS = "counters";
    private static final List<String> INVOCABLE = List.of(SPAWN, RUN, RUN_ASYNC, RUN_UNTIL_IDLE, STEP, THREADS);

    private final WasmThreads threads;

    public RuntimeObject(WasmThreads threads) {
        this.threads = threads;
    }

    @ExportMessage
    boolean hasMembers() {
        return true;
    }

    @ExportMessage
    Object getMembers(@SuppressWarnings("unused") boolean includeInternal) {
        return new ReadOnlyArray(new Object[]{SPAWN, RUN, RUN_ASYNC, RUN_UNTIL_IDLE, STEP, THREADS, COUNTERS});
    }

    @ExportMessage
    boolean isMemberReadable(String member) {
        return COUNTERS.equals(member);
    }

    @ExportMessage
    @TruffleBoundary
    boolean isMemberInvocable(String member) {
        return INVOCABLE.contains(member);
    }

    @ExportMessage
    @TruffleBoundary
    Object readMember(String member) throws UnknownIdentifierException {
        if (!COUNTERS.equals(member)) {
            throw UnknownIdentifierException.create(member);
        }
        SchedulerCounters c = threads.scheduler().counters();
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("spawned", c.spawned());
        members.put("switches", c.switches());
        members.put("live", c.live());
        members.put("runnable", c.runnable());
        members.put("parkedNow", c.parked());
        members.put("pendingHostFutures", c.pendingHostFutures());
        return new ReadOnlyObject(members);
    }

    @ExportMessage
    @TruffleBoundary
    Object invokeMember(String member, Object[] arguments) throws UnknownIdentifierException, ArityException, UnsupportedTypeException {
        if (!member.equals(SPAWN) && arguments.length != 0) {
            throw ArityException.create(0, 0, arguments.length);
        }
        Scheduler scheduler = threads.scheduler();
        try {
            return switch (member) {
                case SPAWN -> spawn(arguments);
                case RUN -> {
                    scheduler.runUntilAllDone();
                    yield WasmNull.NULL;
                }
                case RUN_ASYNC -> new RunThenable(threads, 0);
                case RUN_UNTIL_IDLE -> {
                    scheduler.runUntilIdle();
                    yield WasmNull.NULL;
                }
                case STEP -> scheduler.step();
                case THREADS -> listing(scheduler.threads());
                default -> throw UnknownIdentifierException.create(member);
            };
        } catch (DeadlockException e) {
            throw threads.deadlock(e);
        } catch (IllegalStateException e) {
            throw misuse(member, e);
        } finally {
            threads.writeTrace();
        }
    }

    /**
     * The scheduler refused (called from a Java thread that is not its carrier, or after the
     * context closed): a guest error that says so, not an internal error of the engine.
     */
    static WasmException misuse(String member, IllegalStateException e) {
        return WasmException.of(Failure.Kind.TRAP, "wasmroutines runtime: " + member + " cannot run here: " + e.getMessage()
                        + " (call the runtime and join threads from one Java thread)");
    }

    private Object spawn(Object[] arguments) throws ArityException, UnsupportedTypeException {
        if (arguments.length == 0) {
            throw ArityException.create(1, -1, 0);
        }
        if (!(arguments[0] instanceof WasmFunction function)) {
            throw UnsupportedTypeException.create(arguments, "spawn expects a wasm function (an export), got " + PolyglotValues.given(arguments[0]) + ".");
        }
        Object[] callArguments = PolyglotValues.toCallArguments(function, Arrays.copyOfRange(arguments, 1, arguments.length));
        return new WasmThreadObject(threads.spawn(function, Arrays.copyOfRange(callArguments, 1, callArguments.length)), threads);
    }

    static ReadOnlyArray listing(List<ThreadInfo> infos) {
        Object[] rows = new Object[infos.size()];
        for (int i = 0; i < rows.length; i++) {
            ThreadInfo info = infos.get(i);
            Map<String, Object> members = new LinkedHashMap<>();
            members.put("id", info.id());
            members.put("name", info.name());
            members.put("state", info.state().name());
            members.put("waitingOn", info.waitingOn());
            members.put("stack", new ReadOnlyArray(info.stack().toArray()));
            rows[i] = new ReadOnlyObject(members);
        }
        return new ReadOnlyArray(rows);
    }

    @Override
    String displayString() {
        return "wasmroutines runtime";
    }
}
