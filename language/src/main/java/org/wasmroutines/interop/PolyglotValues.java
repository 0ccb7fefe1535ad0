package org.wasmroutines.interop;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.ArityException;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.interop.UnsupportedTypeException;
import java.math.BigInteger;
import org.wasmroutines.runtime.WasmFunction;
import org.wasmroutines.runtime.WasmNull;
import org.wasmroutines.syntax.FuncType;
import org.wasmroutines.syntax.ValType;

/**
 * Conversions between polyglot values and wasm values at the boundary to other languages. Going
 * in, a number must fit the parameter type exactly (an i32 also accepts unsigned 32-bit values,
 * an i64 unsigned 64-bit ones; f32 and f64 accept any number, rounded); going out, wasm values
 * are already interop values, and several results become an array.
 */
public final class PolyglotValues {
    private static final InteropLibrary INTEROP = InteropLibrary.getUncached();

    private PolyglotValues() {
    }

    /**
     * The call arguments for a call site that always calls functions of parameter types
     * {@code params} (a compilation constant): the common values (a Java {@code Integer} for an
     * i32, {@code Double} for an f64 ...) convert without leaving compiled code; anything else takes
     * {@link #toCallArguments}.
     */
    @ExplodeLoop
    public static Object[] toCallArguments(WasmFunction function, byte[] params, Object[] arguments) throws ArityException, UnsupportedTypeException {
        if (arguments.length != params.length) {
            return toCallArguments(function, arguments);
        }
        Object[] callArgs = new Object[params.length + 1];
        callArgs[0] = function.instance();
        for (int i = 0; i < params.length; i++) {
            Object value = exactValue(params[i], arguments[i]);
            if (value == null) {
                return toCallArguments(function, arguments);
            }
            callArgs[i + 1] = value;
        }
        return callArgs;
    }

    /** {@code value} as a wasm value of {@code type} if it is already boxed as one (or an Integer widens exactly), else null. */
    public static Object exactValue(byte type, Object value) {
        return switch (type) {
            case ValType.I32 -> value instanceof Integer ? value : null;
            case ValType.I64 -> value instanceof Long ? value : value instanceof Integer i ? (Object) (long) i : null;
            case ValType.F32 -> value instanceof Float ? value : null;
            case ValType.F64 -> value instanceof Double ? value : value instanceof Integer i ? (Object) (double) i : null;
            case ValType.FUNCREF -> value instanceof WasmFunction || value instanceof WasmNull ? value : null;
            default -> null;
        };
    }

    /** The call arguments {@code [instance, args...]} for calling {@code function} with polyglot {@code arguments}. */
    @TruffleBoundary
    public static Object[] toCallArguments(WasmFunction function, Object[] arguments) throws ArityException, UnsupportedTypeException {
        FuncType type = function.type();
        if (arguments.length != type.paramCount()) {
            throw ArityException.create(type.paramCount(), type.paramCount(), arguments.length);
        }
        Object[] callArgs = new Object[arguments.length + 1];
        callArgs[0] = function.instance();
        for (int i = 0; i < arguments.length; i++) {
            Object value = toWasm(type.param(i), arguments[i]);
            if (value == null) {
                throw UnsupportedTypeException.create(arguments, "argument " + i + " of " + function.name() + " " + type + " must be "
                                + description(type.param(i)) + ", got " + given(arguments[i]) + ".");
            }
            callArgs[i + 1] = value;
        }
        return callArgs;
    }

    /** A polyglot value as a wasm value of {@code type}, or null if it does not convert. */
    @TruffleBoundary
    public static Object toWasm(byte type, Object value) {
        if (!isInteropValue(value)) {
            // a plain Java object from a HostFunction.Callback: only an externref can hold it
            return type == ValType.EXTERNREF ? value : null;
        }
        try {
            switch (type) {
                case ValType.I32:
                    if (INTEROP.fitsInInt(value)) {
                        return INTEROP.asInt(value);
                    }
                    if (INTEROP.fitsInLong(value)) {
                        long l = INTEROP.asLong(value);
                        return l >= 0 && l <= 0xFFFF_FFFFL ? (Object) (int) l : null;
                    }
                    return null;
                case ValType.I64:
                    if (INTEROP.fitsInLong(value)) {
                        return INTEROP.asLong(value);
                    }
                    if (INTEROP.fitsInBigInteger(value)) {
                        BigInteger big = INTEROP.asBigInteger(value);
                        return big.signum() >= 0 && big.bitLength() <= 64 ? (Object) big.longValue() : null;
                    }
                    return null;
                case ValType.F32:
                    if (INTEROP.fitsInFloat(value)) {
                        return INTEROP.asFloat(value);
                    }
                    return INTEROP.fitsInDouble(value) ? (Object) (float) INTEROP.asDouble(value) : null;
                case ValType.F64:
                    if (INTEROP.fitsInDouble(value)) {
                        return INTEROP.asDouble(value);
                    }
                    return INTEROP.fitsInLong(value) ? (Object) (double) INTEROP.asLong(value) : null;
                case ValType.FUNCREF:
                    if (value instanceof WasmFunction || value instanceof WasmNull) {
                        return value;
                    }
                    return INTEROP.isNull(value) ? WasmNull.NULL : null;
                case ValType.EXTERNREF:
                    return !(value instanceof WasmNull) && INTEROP.isNull(value) ? WasmNull.NULL : value;
                default:
                    return null;
            }
        } catch (UnsupportedMessageException e) {
            return null;
        }
    }

    private static boolean isInteropValue(Object value) {
        return value instanceof TruffleObject || value instanceof Integer || value instanceof Long || value instanceof Float
                        || value instanceof Double || value instanceof Byte || value instanceof Short || value instanceof Boolean
                        || value instanceof Character || value instanceof String;
    }

    /** A function's result ({@code null}, one value or {@code Object[]}) as a polyglot value. */
    public static Object toPolyglotResult(Object result) {
        if (result == null) {
            return WasmNull.NULL;
        }
        if (result instanceof Object[] values) {
            return new ReadOnlyArray(values);
        }
        return result;
    }

    /** "an i32 (a 32-bit integer)" and the like, for error messages. */
    public static String description(byte type) {
        return switch (type) {
            case ValType.I32 -> "an i32 (a 32-bit integer)";
            case ValType.I64 -> "an i64 (a 64-bit integer)";
            case ValType.F32 -> "an f32 (a number)";
            case ValType.F64 -> "an f64 (a number)";
            case ValType.FUNCREF -> "a funcref (a wasm function or null)";
            case ValType.EXTERNREF -> "an externref (any value)";
            default -> ValType.name(type);
        };
    }

    /** A value given where a wasm value was expected, for error messages: {@code "one" (a string)}, {@code 1.5 (a number)}. */
    @TruffleBoundary
    public static String given(Object value) {
        if (!isInteropValue(value)) {
            return String.valueOf(value) + " (a Java " + value.getClass().getName() + ")";
        }
        try {
            if (INTEROP.isString(value)) {
                return "\"" + INTEROP.asString(value) + "\" (a string)";
            }
            if (INTEROP.isBoolean(value)) {
                return INTEROP.asBoolean(value) + " (a boolean)";
            }
            if (INTEROP.isNumber(value)) {
                return display(value) + (INTEROP.fitsInLong(value) || INTEROP.fitsInBigInteger(value) ? " (an integer)" : " (a number)");
            }
            if (INTEROP.isNull(value)) {
                return "null";
            }
        } catch (UnsupportedMessageException e) {
            // described by how it displays
        }
        return display(value);
    }

    @TruffleBoundary
    public static String display(Object value) {
        try {
            if (INTEROP.isNumber(value) && INTEROP.fitsInBigInteger(value) && !INTEROP.fitsInLong(value)) {
                return INTEROP.asBigInteger(value).toString();
            }
            return INTEROP.asString(INTEROP.toDisplayString(value, false));
        } catch (UnsupportedMessageException | RuntimeException e) {
            return String.valueOf(value);
        }
    }
}
