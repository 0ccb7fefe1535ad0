package org.wasmroutines.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.interop.ArityException;
import com.oracle.truffle.api.interop.InteropException;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.interop.UnsupportedTypeException;
import com.oracle.truffle.api.nodes.RootNode;
import java.util.Arrays;
import org.wasmroutines.errors.Failure;
import org.wasmroutines.errors.WasmException;
import org.wasmroutines.interop.PolyglotValues;
import org.wasmroutines.syntax.FuncType;

/**
 * Functions the host provides: a {@link WasmFunction} of a declared type whose call target calls a
 * Java {@link Callback} or an interop-executable value (a {@code ProxyExecutable}, a JavaScript
 * function...) with the wasm arguments, then converts what it returns to the declared result
 * types. A result that does not convert is an error naming the function and the expected type.
 * A result that is a future or a promise is awaited first (async host functions, see {@link HostFutures}).
 *
 * @see <a href="https://webassembly.github.io/spec/core/exec/runtime.html#function-instances">Host functions</a>
 */
public final class HostFunction {
    private HostFunction() {
    }

    /** A host function written in Java; arguments and results are boxed wasm values. */
    @FunctionalInterface
    public interface Callback {
        /**
         * @return null (or anything) for no results, a boxed value (or any number convertible to
         *         the result type) for one, an {@code Object[]} for several; or a
         *         {@code CompletionStage} of one of these, awaited by the calling wasm thread only
         */
        Object call(Object... args);
    }

    public static WasmFunction create(TruffleLanguage<?> language, FuncType type, String name, Callback callback) {
        return new WasmFunction(type, null, new HostRootNode(language, type, name, callback).getCallTarget(), name);
    }

    /** A function that executes the interop-executable {@code executable} through interop. */
    public static WasmFunction fromExecutable(TruffleLanguage<?> language, FuncType type, String name, Object executable) {
        return new WasmFunction(type, null, new HostRootNode(language, type, name, executable).getCallTarget(), name);
    }

    /** Calls the host with arguments 1.. of the frame (argument 0 is the null instance). */
    private static final class HostRootNode extends RootNode {
        private final FuncType type;
        private final String name;
        private final Object callable;
        @Child private InteropLibrary interop;

        HostRootNode(TruffleLanguage<?> language, FuncType type, String name, Object callable) {
            super(language);
            this.type = type;
            this.name = name;
            this.callable = callable;
            if (!(callable instanceof Callback)) {
                this.interop = InteropLibrary.getFactory().create(callable);
            }
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object[] frameArgs = frame.getArguments();
            Object[] args = Arrays.copyOfRange(frameArgs, 1, frameArgs.length);
            Object result;
            if (interop == null) {
                result = callJava(args);
            } else {
                try {
                    result = interop.execute(callable, args);
                } catch (UnsupportedMessageException | ArityException | UnsupportedTypeException e) {
                    throw hostCallFailed(e);
                }
            }
            if (HostFutures.mayBeAsync(result)) {
                // a future or promise: wait for it, suspending only the calling wasm thread
                result = HostFutures.settle(result, interop != null, name, this);
            }
            return toResults(result);
        }

        @TruffleBoundary
        private Object callJava(Object[] args) {
            return ((Callback) callable).call(args);
        }

        @TruffleBoundary
        private WasmException hostCallFailed(InteropException e) {
            return WasmException.of(Failure.Kind.TRAP, "host function " + name + " could not be called: " + e.getMessage());
        }

        /** The host's result as the wasm result(s) of {@link #type}. */
        @TruffleBoundary
        private Object toResults(Object result) {
            int count = type.resultCount();
            if (count == 0) {
                return null;
            }
            if (count == 1) {
                return toResult(0, result);
            }
            Object[] values = hostArray(result);
            if (values == null || values.length != count) {
                throw WasmException.of(Failure.Kind.TRAP, "host function " + name + " must return an array of " + count
                                + " values (type " + type + "), got " + (result == null ? "nothing" : PolyglotValues.given(result)));
            }
            for (int i = 0; i < count; i++) {
                values[i] = toResult(i, values[i]);
            }
            return values;
        }

        private Object toResult(int i, Object value) {
            if (value == null) {
                throw wrongResult(i, value);
            }
            Object exact = PolyglotValues.exactValue(type.result(i), value);
            if (exact != null) {
                return exact;
            }
            Object converted = PolyglotValues.toWasm(type.result(i), value);
            if (converted == null) {
                throw wrongResult(i, value);
            }
            return converted;
        }

        private WasmException wrongResult(int i, Object value) {
            String shown = value == null ? "nothing" : PolyglotValues.given(value);
            return WasmException.of(Failure.Kind.TRAP, "host function " + name + " returned " + shown
                            + " where " + PolyglotValues.description(type.result(i)) + " was expected (type " + type + ")");
        }

        private static Object[] hostArray(Object result) {
            if (result instanceof Object[] array) {
                return array.clone();
            }
            InteropLibrary arrays = InteropLibrary.getUncached();
            try {
                if (result != null && arrays.hasArrayElements(result)) {
                    Object[] values = new Object[(int) arrays.getArraySize(result)];
                    for (int i = 0; i < values.length; i++) {
                        values[i] = arrays.readArrayElement(result, i);
                    }
                    return values;
                }
            } catch (InteropException e) {
                return null;
            }
            return null;
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public String toString() {
            return "host function " + name;
        }
    }
}
