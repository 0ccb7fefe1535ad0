package org.wasmroutines.script;

import java.util.List;

/**
 * One expected result of {@code assert_return}: a number compared by bits, a NaN pattern
 * ({@code nan:canonical}, {@code nan:arithmetic}), a reference pattern, or {@code (either ...)}.
 *
 * @see <a href="https://github.com/WebAssembly/spec/tree/main/interpreter#scripts">Script syntax</a>
 */
public record Expected(Kind kind, long bits, List<Expected> alternatives) {
    public enum Kind {
        I32, I64, F32, F64, F32_CANONICAL_NAN, F32_ARITHMETIC_NAN, F64_CANONICAL_NAN, F64_ARITHMETIC_NAN,
        REF_NULL, REF_EXTERN, REF_EXTERN_ANY, REF_FUNC, EITHER
    }

    static Expected of(Kind kind, long bits) {
        return new Expected(kind, bits, List.of());
    }

    @Override
    public String toString() {
        return switch (kind) {
            case I32 -> "(i32.const " + (int) bits + ")";
            case I64 -> "(i64.const " + bits + ")";
            case F32 -> "(f32.const " + Float.intBitsToFloat((int) bits) + " 0x" + Integer.toHexString((int) bits) + ")";
            case F64 -> "(f64.const " + Double.longBitsToDouble(bits) + " 0x" + Long.toHexString(bits) + ")";
            case F32_CANONICAL_NAN -> "(f32.const nan:canonical)";
            case F32_ARITHMETIC_NAN -> "(f32.const nan:arithmetic)";
            case F64_CANONICAL_NAN -> "(f64.const nan:canonical)";
            case F64_ARITHMETIC_NAN -> "(f64.const nan:arithmetic)";
            case REF_NULL -> "(ref.null)";
            case REF_EXTERN -> "(ref.extern " + bits + ")";
            case REF_EXTERN_ANY -> "(ref.extern)";
            case REF_FUNC -> "(ref.func)";
            case EITHER -> "(either " + alternatives + ")";
        };
    }
}
