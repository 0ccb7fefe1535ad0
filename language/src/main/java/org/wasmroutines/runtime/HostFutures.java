package org.wasmroutines.runtime;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.TruffleSafepoint;
import com.oracle.truffle.api.interop.InteropException;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.nodes.Node;
import org.wasmroutines.WasmContext;
import org.wasmroutines.errors.Failure;
import org.wasmroutines.errors.WasmException;
import org.wasmroutines.sched.DeadlockException;
import org.wasmroutines.sched.Scheduler;
import org.wasmroutines.sched.ThreadFailedException;
import org.wasmroutines.sched.WasmThread;

/**
 * Async host functions: when a {@link HostFunction} returns a {@link CompletionStage} (a
 * {@code CompletableFuture}), or an interop object with an invocable {@code then} member (a
 * JavaScript Promise or any thenable), the call waits for it and the function's result is the value
 * it completes with. Only the calling wasm thread waits: it suspends in
 * {@link Scheduler#awaitHostFuture} (the scheduler's yield site) and the others keep running.
 * <ul>
 * <li>A future that is already complete is not a yield point: its value is used at once. Except in
 * deterministic mode, where every future is delivered through the scheduler, in the order the
 * awaits began, at the next point where no thread can run (see {@code sched.HostCompletions}):
 * whether the host completed it before or after returning it must not change the schedule.</li>
 * <li>A future that fails, or a promise that rejects, becomes a trap in the calling thread:
 * "host function NAME failed: MESSAGE" with the failure's message (a wasm trap it carries stays as
 * it is).</li>
 * <li>A call outside any wasm thread (the host calls an export, which calls the async import)
 * cannot suspend a Java stack: like {@code memory.atomic.wait} there (see {@link WasmThreads}), a
 * stand-in wasm thread awaits the future while the host thread drives the scheduler, so the other
 * wasm threads run meanwhile. When that host thread is not the scheduler's carrier (another Java
 * thread drives the wasm threads), or the JVM has no continuations, it simply blocks until the future
 * completes: it runs no wasm thread, so blocking it stalls none.</li>
 * </ul>
 */
final class HostFutures {
    private static final String THEN = "then";
    /** GraalJS's language class, named rather than linked: the engine does not depend on GraalJS. */
    private static final String JAVASCRIPT_LANGUAGE_CLASS = "com.oracle.truffle.js.lang.JavaScriptLanguage";
    private static final InteropLibrary INTEROP = InteropLibrary.getUncached();

    /** How a future ended: its value, or its failure; a future of these never fails itself. */
    private record Outcome(Object value, Throwable failure) {
    }

    private HostFutures() {
    }

    /** Whether {@code result} may be a future or thenable; cheap, so that sync results pass through in compiled code. */
    static boolean mayBeAsync(Object result) {
        return (result instanceof TruffleObject && !(result instanceof WasmFunction) && !(result instanceof WasmNull)) || result instanceof CompletionStage;
    }

    /**
     * {@code result} itself, or, when it is a future or thenable, the value it completes with,
     * after waiting for it.
     *
     * @param fromInterop whether the host function is an interop executable, whose results must be
     *            interop values (a plain Java value a future completes with is then wrapped as a host
     *            object)
     */
    @TruffleBoundary
    static Object settle(Object result, boolean fromInterop, String functionName, Node location) {
        WasmContext context = WasmContext.get(location);
        TruffleLanguage.Env env = context.env();
        CompletionStage<?> stage = asStage(result, env);
        if (stage == null) {
            return result;
        }
        boolean needsHostReturn = isJavaScriptValue(result);
        WasmThreads threads = context.threads();
        // deterministic mode: whether the host was quick must not change the schedule
        Outcome outcome = threads.deterministic() ? null : alreadyComplete(stage);
        if (outcome == null) {
            outcome = await(threads, stage, needsHostReturn, functionName, location);
        }
        if (outcome.failure != null) {
            throw failed(functionName, outcome.failure);
        }
        Object value = outcome.value;
        if (fromInterop && value != null && !isInteropValue(value)) {
            return env.asGuestValue(value);
        }
        return value;
    }

    private static CompletionStage<?> asStage(Object result, TruffleLanguage.Env env) {
        if (result instanceof CompletionStage<?> stage) {
            return stage;
        }
        if (!(result instanceof TruffleObject)) {
            return null;
        }
        if (env.isHostObject(result) && env.asHostObject(result) instanceof CompletionStage<?> stage) {
            return stage;
        }
        if (!INTEROP.isMemberInvocable(result, THEN)) {
            return null;
        }
        CompletableFuture<Object> settled = new CompletableFuture<>();
        try {
            INTEROP.invokeMember(result, THEN, new SettleCallback(settled, true, env), new SettleCallback(settled, false, env));
        } catch (InteropException e) {
            settled.completeExceptionally(new IllegalStateException("its then(onFulfilled, onRejected) could not be called: " + e.getMessage(), e));
        }
        return settled;
    }

    /**
     * Whether {@code value} is a JavaScript object: its promise settles from GraalJS's job queue,
     * which runs only when the outermost call into JavaScript returns (see
     * {@link Scheduler#awaitHostFuture(CompletionStage, boolean)}).
     */
    private static boolean isJavaScriptValue(Object value) {
        if (!(value instanceof TruffleObject) || !INTEROP.hasLanguage(value)) {
            return false;
        }
        try {
            return JAVASCRIPT_LANGUAGE_CLASS.equals(INTEROP.getLanguage(value).getName());
        } catch (UnsupportedMessageException e) {
            return false;
        }
    }

    /** The outcome of a future that has completed already, or null. */
    private static Outcome alreadyComplete(CompletionStage<?> stage) {
        if (!(stage instanceof Future<?> future) || !future.isDone()) {
            return null;
        }
        return switch (future.state()) {
            case SUCCESS -> new Outcome(future.resultNow(), null);
            case FAILED -> new Outcome(null, future.exceptionNow());
            case CANCELLED -> new Outcome(null, new CancellationException("the future was cancelled"));
            case RUNNING -> null;
        };
    }

    /** Waits for {@code stage} in the calling wasm thread, or from the host when there is none. */
    private static Outcome await(WasmThreads threads, CompletionStage<?> stage, boolean needsHostReturn, String functionName, Node location) {
        CompletableFuture<Outcome> outcome = new CompletableFuture<>();
        stage.whenComplete((value, failure) -> outcome.complete(new Outcome(value, failure)));
        if (threads.current() != null) {
            return threads.scheduler().awaitHostFuture(outcome, needsHostReturn);
        }
        Scheduler scheduler;
        try {
            scheduler = threads.scheduler();
        } catch (WasmException noContinuations) {
            return block(outcome, location);
        }
        WasmThread standIn;
        try {
            standIn = threads.spawn("host await in " + functionName, () -> scheduler.awaitHostFuture(outcome, needsHostReturn));
        } catch (IllegalStateException otherCarrier) {
            return block(outcome, location);
        }
        try {
            return (Outcome) scheduler.join(standIn);
        } catch (ThreadFailedException e) {
            // awaiting an outcome never fails by itself: this is the scheduler's own error
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        } catch (DeadlockException e) {
            throw threads.deadlock(e);
        } finally {
            threads.writeTrace();
        }
    }

    /** Blocks this (non-carrier) Java thread until the future completes; the context can still interrupt it. */
    private static Outcome block(CompletableFuture<Outcome> outcome, Node location) {
        TruffleSafepoint.setBlockedThreadInterruptible(location, future -> {
            try {
                future.get();
            } catch (ExecutionException cannotHappen) {
                throw new IllegalStateException(cannotHappen);
            }
        }, outcome);
        return outcome.resultNow();
    }

    private static WasmException failed(String functionName, Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof WasmException trap) {
            return trap;
        }
        String message = cause.getMessage() != null ? cause.getMessage() : cause.getClass().getName();
        return WasmException.of(Failure.Kind.TRAP, "host function " + functionName + " failed: " + message);
    }

    private static boolean isInteropValue(Object value) {
        return value instanceof TruffleObject || value instanceof Integer || value instanceof Long || value instanceof Float
                        || value instanceof Double || value instanceof Byte || value instanceof Short || value instanceof Boolean
                        || value instanceof Character || value instanceof String || value instanceof Object[];
    }
}
