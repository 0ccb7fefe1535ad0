package org.wasmroutines.runtime;

import java.util.concurrent.CompletableFuture;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import org.wasmroutines.interop.PolyglotValues;

/**
 * One of the two callbacks {@link HostFutures} passes to a thenable's
 * {@code then(onFulfilled, onRejected)}: an executable that completes a Java future with its
 * first argument (the value), or fails it with the rejection reason. It may be called on any
 * thread, more than once, or both: only the first settles the future, as with promises.
 */
@ExportLibrary(InteropLibrary.class)
final class SettleCallback implements TruffleObject {
    private final CompletableFuture<Object> future;
    private final boolean fulfils;
    private final TruffleLanguage.Env env;

    SettleCallback(CompletableFuture<Object> future, boolean fulfils, TruffleLanguage.Env env) {
        this.future = future;
        this.fulfils = fulfils;
        this.env = env;
    }

    @ExportMessage
    boolean isExecutable() {
        return true;
    }

    @ExportMessage
    @TruffleBoundary
    Object execute(Object[] arguments) {
        Object value = arguments.length > 0 ? arguments[0] : null;
        if (fulfils) {
            future.complete(value);
        } else {
            future.completeExceptionally(rejection(value));
        }
        return WasmNull.NULL;
    }

    /** The reason as a Java exception: itself if it is a host exception object, else one with the reason's message. */
    private Throwable rejection(Object reason) {
        if (reason != null && env.isHostObject(reason) && env.asHostObject(reason) instanceof Throwable thrown) {
            return thrown;
        }
        return new RejectedPromiseException(reasonMessage(reason));
    }

    private static String reasonMessage(Object reason) {
        if (reason == null) {
            return "rejected without a reason";
        }
        InteropLibrary interop = InteropLibrary.getUncached();
        try {
            if (interop.isException(reason) && interop.hasExceptionMessage(reason)) {
                return interop.asString(interop.getExceptionMessage(reason));
            }
            if (interop.isString(reason)) {
                return interop.asString(reason);
            }
        } catch (UnsupportedMessageException e) {
            // fall back to how the value displays
        }
        return PolyglotValues.display(reason);
    }

    /** A promise rejected with a reason that is not a Java exception. */
    static final class RejectedPromiseException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RejectedPromiseException(String message) {
            super(message, null, false, false);
        }
    }
}
