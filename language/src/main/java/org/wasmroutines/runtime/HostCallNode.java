package org.wasmroutines.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.ArityException;
import com.oracle.truffle.api.interop.InteropException;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.interop.UnsupportedTypeException;
import com.oracle.truffle.api.nodes.Node;
import java.util.Arrays;
import org.wasmroutines.errors.Failure;
import org.wasmroutines.errors.WasmException;
import org.wasmroutines.interop.PolyglotValues;
import org.wasmroutines.syntax.FuncType;

/**
 * Calls one host function ({@link HostFunction}) with wasm arguments and converts what it returns
 * to the declared result types. It runs in the root node of the host function's call target and,
 * as a copy, right at the wasm call sites that call the function. The call site's copy saves a
 * Truffle call (a frame, argument profiling, call counting: about a sixth of a warm interpreted
 * host call), and compiled code inlines it without an inlining decision.
 */
public final class HostCallNode extends Node {
    /** {@link #singleResult} of a function with no result or several: no value type has this code. */
    private static final byte NOT_ONE = -1;

    private final FuncType type;
    private final String name;
    /** A {@link HostFunction.Callback} or an interop-executable value. */
    private final Object callable;
    /** The one result type, or {@link #NOT_ONE} for none or several: compiled code checks it inline. */
    private final byte singleResult;
    @Child private InteropLibrary interop;

    HostCallNode(FuncType type, String name, Object callable) {
        this.type = type;
        this.name = name;
        this.callable = callable;
        this.singleResult = type.resultCount() == 1 ? type.result(0) : NOT_ONE;
        if (!(callable instanceof HostFunction.Callback)) {
            this.interop = InteropLibrary.getFactory().create(callable);
        }
    }

    String name() {
        return name;
    }

    /** A new node calling the same host function, for a call site (a node has one parent). */
    HostCallNode forCallSite() {
        return new HostCallNode(type, name, callable);
    }

    /**
     * @param callArguments the calling convention's arguments: {@code [instance, args...]}, where
     *            the instance of a host function is null
     * @return the result(s) per the calling convention
     */
    public Object execute(Object[] callArguments) {
        Object[] args = Arrays.copyOfRange(callArguments, 1, callArguments.length);
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
        return ((HostFunction.Callback) callable).call(args);
    }

    @TruffleBoundary
    private WasmException hostCallFailed(InteropException e) {
        return WasmException.of(Failure.Kind.TRAP, "host function " + name + " could not be called: " + e.getMessage());
    }

    /**
     * The host's result as the wasm result(s) of {@link #type}. A single result of the exact type
     * is checked right here (a type test), the rest behind a boundary.
     */
    private Object toResults(Object result) {
        if (singleResult != NOT_ONE) {
            Object exact = PolyglotValues.exactValue(singleResult, result);
            if (exact != null) {
                return exact;
            }
        }
        return convertResults(result);
    }

    @TruffleBoundary
    private Object convertResults(Object result) {
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
}
