package org.wasmroutines.script;

import org.wasmroutines.runtime.WasmFunction;
import org.wasmroutines.runtime.WasmNull;

/**
 * Compares a result with an {@link Expected}: numbers by bits, NaN patterns per the spec (canonical:
 * quiet NaN with only the top payload bit, either sign; arithmetic: the quiet bit set).
 *
 * @see <a href="https://webassembly.github.io/spec/core/exec/numerics.html#nan-propagation">NaN propagation</a>
 */
final class ResultMatcher {
    private static final int F32_CANONICAL = 0x7FC00000;
    private static final long F64_CANONICAL = 0x7FF8000000000000L;

    private ResultMatcher() {
    }

    static boolean matches(Expected expected, Object actual) {
        return switch (expected.kind()) {
            case I32 -> actual instanceof Integer i && i == (int) expected.bits();
            case I64 -> actual instanceof Long l && l == expected.bits();
            case F32 -> actual instanceof Float f && Float.floatToRawIntBits(f) == (int) expected.bits();
            case F64 -> actual instanceof Double d && Double.doubleToRawLongBits(d) == expected.bits();
            case F32_CANONICAL_NAN -> actual instanceof Float f && (Float.floatToRawIntBits(f) & 0x7FFFFFFF) == F32_CANONICAL;
            case F32_ARITHMETIC_NAN -> actual instanceof Float f
                    && (Float.floatToRawIntBits(f) & F32_CANONICAL) == F32_CANONICAL;
            case F64_CANONICAL_NAN -> actual instanceof Double d
                    && (Double.doubleToRawLongBits(d) & Long.MAX_VALUE) == F64_CANONICAL;
            case F64_ARITHMETIC_NAN -> actual instanceof Double d
                    && (Double.doubleToRawLongBits(d) & F64_CANONICAL) == F64_CANONICAL;
            case REF_NULL -> actual == WasmNull.NULL;
            case REF_EXTERN -> actual instanceof ExternRef r && r.number() == expected.bits();
            case REF_EXTERN_ANY -> actual != null && actual != WasmNull.NULL && !(actual instanceof WasmFunction);
            case REF_FUNC -> actual instanceof WasmFunction;
            case EITHER -> expected.alternatives().stream().anyMatch(alternative -> matches(alternative, actual));
        };
    }

    /** A result value in wast syntax, for failure messages. */
    static String describe(Object value) {
        if (value instanceof Integer i) {
            return "(i32.const " + i + ")";
        }
        if (value instanceof Long l) {
            return "(i64.const " + l + ")";
        }
        if (value instanceof Float f) {
            return "(f32.const " + f + " 0x" + Integer.toHexString(Float.floatToRawIntBits(f)) + ")";
        }
        if (value instanceof Double d) {
            return "(f64.const " + d + " 0x" + Long.toHexString(Double.doubleToRawLongBits(d)) + ")";
        }
        if (value == WasmNull.NULL) {
            return "(ref.null)";
        }
        return String.valueOf(value);
    }
}
