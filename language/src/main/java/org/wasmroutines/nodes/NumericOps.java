package org.wasmroutines.nodes;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.nodes.Node;

import org.wasmroutines.errors.Failure;
import org.wasmroutines.errors.WasmException;

/**
 * The semantics of every WebAssembly 2.0 numeric instruction (except SIMD), as static pure methods
 * that the nodes call. One method per instruction, named after it in camelCase: {@code i32.div_s}
 * is {@link #i32DivS}, {@code f32.convert_i64_u} is {@link #f32ConvertI64U}. Operands and results
 * use the engine's value representation: i32 {@code int}, i64 {@code long}, f32 {@code float}, f64
 * {@code double}; comparisons and tests ({@code eqz}, {@code lt_u}, {@code f64.eq}) return an i32
 * 0 or 1. Methods that can trap take the {@code Node location} of the trap as their last
 * parameter.
 *
 * <p>
 * NaN rules (spec "NaN propagation"): {@code abs}, {@code neg}, {@code copysign} and the
 * reinterpretations only move bits and keep every payload, signalling NaNs included. Every other
 * operation with a NaN result returns a quiet NaN: the canonical one when its NaN inputs were all
 * canonical, an arithmetic one (quiet bit set) otherwise. Java's float arithmetic on x86-64 (SSE)
 * does exactly that, but Java semantics also allow a compiler to fold {@code x - 0.0},
 * {@code x + -0.0}, {@code x * 1.0}, {@code x / 1.0} or {@code -0.0 - x} to {@code x} or
 * {@code -x}, and the Graal JIT does, which hands a signalling NaN through unchanged. So the
 * result of {@code +,-,*,/} (and of the sum that picks the NaN in {@code min} and {@code max})
 * passes through {@link #f32Arithmetic} / {@link #f64Arithmetic}, which sets the quiet bit of a
 * NaN: a no-op on what the hardware returns, so interpreter results are unchanged. Compiled code
 * needs no test for {@code +,-,*} where {@link Math#fma} is an instruction ({@link
 * FusedMultiplyAdd}): it computes them as fused multiply-adds with an exact identity operand
 * ({@code a * 1 + b}, {@code b * -1 + a}, {@code a * b + -0}), which round once to the same result
 * and which Graal folds only when all three operands are constants, so the processor quiets the
 * NaN itself. Where the result of {@code +,-,*,/} goes only into float operations that quiet NaNs
 * or ignore their payload, the nodes do neither and leave it to those consumers, so a chain of
 * arithmetic pays once, at its end (see {@link FunctionCompiler}). The roundings, {@code demote}
 * and {@code promote} test for a NaN operand first and quiet it themselves, which no folding can
 * skip; that also covers Java library methods that may return a signalling NaN unchanged
 * ({@code Math.floor} and friends). {@code sqrt} needs no test (see {@link #f64Sqrt}).
 *
 * @see <a href="https://webassembly.github.io/spec/core/exec/numerics.html">Numerics</a>
 * @see <a href="https://webassembly.github.io/spec/core/exec/instructions.html#numeric-instructions">
 *      Numeric instructions</a>
 */
public final class NumericOps {

    private NumericOps() {
    }

    private static final int F32_SIGN = 0x8000_0000;
    private static final int F32_QUIET = 0x0040_0000;
    private static final long F64_SIGN = 0x8000_0000_0000_0000L;
    private static final long F64_QUIET = 0x0008_0000_0000_0000L;

    // ---------------------------------------------------------------------------------------------
    // i32
    // ---------------------------------------------------------------------------------------------

    public static int i32Eqz(int x) {
        return x == 0 ? 1 : 0;
    }

    public static int i32Eq(int a, int b) {
        return a == b ? 1 : 0;
    }

    public static int i32Ne(int a, int b) {
        return a != b ? 1 : 0;
    }

    public static int i32LtS(int a, int b) {
        return a < b ? 1 : 0;
    }

    public static int i32LtU(int a, int b) {
        return Integer.compareUnsigned(a, b) < 0 ? 1 : 0;
    }

    public static int i32GtS(int a, int b) {
        return a > b ? 1 : 0;
    }

    public static int i32GtU(int a, int b) {
        return Integer.compareUnsigned(a, b) > 0 ? 1 : 0;
    }

    public static int i32LeS(int a, int b) {
        return a <= b ? 1 : 0;
    }

    public static int i32LeU(int a, int b) {
        return Integer.compareUnsigned(a, b) <= 0 ? 1 : 0;
    }

    public static int i32GeS(int a, int b) {
        return a >= b ? 1 : 0;
    }

    public static int i32GeU(int a, int b) {
        return Integer.compareUnsigned(a, b) >= 0 ? 1 : 0;
    }

    public static int i32Clz(int x) {
        return Integer.numberOfLeadingZeros(x);
    }

    public static int i32Ctz(int x) {
        return Integer.numberOfTrailingZeros(x);
    }

    public static int i32Popcnt(int x) {
        return Integer.bitCount(x);
    }

    public static int i32Add(int a, int b) {
        return a + b;
    }

    public static int i32Sub(int a, int b) {
        return a - b;
    }

    public static int i32Mul(int a, int b) {
        return a * b;
    }

    /** Traps on division by zero and on the one overflowing quotient, MIN / -1. */
    public static int i32DivS(int a, int b, Node location) {
        if (b == 0) {
            throw trap(Failure.INTEGER_DIVIDE_BY_ZERO, location);
        }
        if (a == Integer.MIN_VALUE && b == -1) {
            throw trap(Failure.INTEGER_OVERFLOW, location);
        }
        return a / b;
    }

    public static int i32DivU(int a, int b, Node location) {
        if (b == 0) {
            throw trap(Failure.INTEGER_DIVIDE_BY_ZERO, location);
        }
        return Integer.divideUnsigned(a, b);
    }

    /** MIN % -1 is 0 in both Java and Wasm: only a zero divisor traps. */
    public static int i32RemS(int a, int b, Node location) {
        if (b == 0) {
            throw trap(Failure.INTEGER_DIVIDE_BY_ZERO, location);
        }
        return a % b;
    }

    public static int i32RemU(int a, int b, Node location) {
        if (b == 0) {
            throw trap(Failure.INTEGER_DIVIDE_BY_ZERO, location);
        }
        return Integer.remainderUnsigned(a, b);
    }

    public static int i32And(int a, int b) {
        return a & b;
    }

    public static int i32Or(int a, int b) {
        return a | b;
    }

    public static int i32Xor(int a, int b) {
        return a ^ b;
    }

    /** Java masks the shift count to 5 bits, exactly as Wasm takes it modulo 32. */
    public static int i32Shl(int a, int b) {
        return a << b;
    }

    public static int i32ShrS(int a, int b) {
        return a >> b;
    }

    public static int i32ShrU(int a, int b) {
        return a >>> b;
    }

    public static int i32Rotl(int a, int b) {
        return Integer.rotateLeft(a, b);
    }

    public static int i32Rotr(int a, int b) {
        return Integer.rotateRight(a, b);
    }

    public static int i32Extend8S(int x) {
        return (byte) x;
    }

    public static int i32Extend16S(int x) {
        return (short) x;
    }

    // ---------------------------------------------------------------------------------------------
    // i64
    // ---------------------------------------------------------------------------------------------

    public static int i64Eqz(long x) {
        return x == 0 ? 1 : 0;
    }

    public static int i64Eq(long a, long b) {
        return a == b ? 1 : 0;
    }

    public static int i64Ne(long a, long b) {
        return a != b ? 1 : 0;
    }

    public static int i64LtS(long a, long b) {
        return a < b ? 1 : 0;
    }

    public static int i64LtU(long a, long b) {
        return Long.compareUnsigned(a, b) < 0 ? 1 : 0;
    }

    public static int i64GtS(long a, long b) {
        return a > b ? 1 : 0;
    }

    public static int i64GtU(long a, long b) {
        return Long.compareUnsigned(a, b) > 0 ? 1 : 0;
    }

    public static int i64LeS(long a, long b) {
        return a <= b ? 1 : 0;
    }

    public static int i64LeU(long a, long b) {
        return Long.compareUnsigned(a, b) <= 0 ? 1 : 0;
    }

    public static int i64GeS(long a, long b) {
        return a >= b ? 1 : 0;
    }

    public static int i64GeU(long a, long b) {
        return Long.compareUnsigned(a, b) >= 0 ? 1 : 0;
    }

    public static long i64Clz(long x) {
        return Long.numberOfLeadingZeros(x);
    }

    public static long i64Ctz(long x) {
        return Long.numberOfTrailingZeros(x);
    }

    public static long i64Popcnt(long x) {
        return Long.bitCount(x);
    }

    public static long i64Add(long a, long b) {
        return a + b;
    }

    public static long i64Sub(long a, long b) {
        return a - b;
    }

    public static long i64Mul(long a, long b) {
        return a * b;
    }

    /** Traps on division by zero and on the one overflowing quotient, MIN / -1. */
    public static long i64DivS(long a, long b, Node location) {
        if (b == 0) {
            throw trap(Failure.INTEGER_DIVIDE_BY_ZERO, location);
        }
        if (a == Long.MIN_VALUE && b == -1) {
            throw trap(Failure.INTEGER_OVERFLOW, location);
        }
        return a / b;
    }

    public static long i64DivU(long a, long b, Node location) {
        if (b == 0) {
            throw trap(Failure.INTEGER_DIVIDE_BY_ZERO, location);
        }
        return Long.divideUnsigned(a, b);
    }

    /** MIN % -1 is 0 in both Java and Wasm: only a zero divisor traps. */
    public static long i64RemS(long a, long b, Node location) {
        if (b == 0) {
            throw trap(Failure.INTEGER_DIVIDE_BY_ZERO, location);
        }
        return a % b;
    }

    public static long i64RemU(long a, long b, Node location) {
        if (b == 0) {
            throw trap(Failure.INTEGER_DIVIDE_BY_ZERO, location);
        }
        return Long.remainderUnsigned(a, b);
    }

    public static long i64And(long a, long b) {
        return a & b;
    }

    public static long i64Or(long a, long b) {
        return a | b;
    }

    public static long i64Xor(long a, long b) {
        return a ^ b;
    }

    /** Java masks a long shift count to 6 bits, exactly as Wasm takes it modulo 64. */
    public static long i64Shl(long a, long b) {
        return a << b;
    }

    public static long i64ShrS(long a, long b) {
        return a >> b;
    }

    public static long i64ShrU(long a, long b) {
        return a >>> b;
    }

    public static long i64Rotl(long a, long b) {
        return Long.rotateLeft(a, (int) b);
    }

    public static long i64Rotr(long a, long b) {
        return Long.rotateRight(a, (int) b);
    }

    public static long i64Extend8S(long x) {
        return (byte) x;
    }

    public static long i64Extend16S(long x) {
        return (short) x;
    }

    public static long i64Extend32S(long x) {
        return (int) x;
    }

    // ---------------------------------------------------------------------------------------------
    // f32
    // ---------------------------------------------------------------------------------------------

    // Java's float comparisons are IEEE's: false with a NaN (except !=), -0 == +0.

    public static int f32Eq(float a, float b) {
        return a == b ? 1 : 0;
    }

    public static int f32Ne(float a, float b) {
        return a != b ? 1 : 0;
    }

    public static int f32Lt(float a, float b) {
        return a < b ? 1 : 0;
    }

    public static int f32Gt(float a, float b) {
        return a > b ? 1 : 0;
    }

    public static int f32Le(float a, float b) {
        return a <= b ? 1 : 0;
    }

    public static int f32Ge(float a, float b) {
        return a >= b ? 1 : 0;
    }

    /** Clears the sign bit only, also of a NaN. */
    public static float f32Abs(float x) {
        return Float.intBitsToFloat(Float.floatToRawIntBits(x) & ~F32_SIGN);
    }

    /** Flips the sign bit only, also of a NaN. */
    public static float f32Neg(float x) {
        return Float.intBitsToFloat(Float.floatToRawIntBits(x) ^ F32_SIGN);
    }

    /** The magnitude of {@code a} with the sign of {@code b}: bits only, also of NaNs. */
    public static float f32Copysign(float a, float b) {
        int magnitude = Float.floatToRawIntBits(a) & ~F32_SIGN;
        return Float.intBitsToFloat(magnitude | (Float.floatToRawIntBits(b) & F32_SIGN));
    }

    // The rounding operations compute in double: every float is exactly a double, and an integral
    // result of a float is again exactly a float, so no rounding happens on the way back.

    public static float f32Ceil(float x) {
        return x != x ? f32Quiet(x) : (float) Math.ceil(x);
    }

    public static float f32Floor(float x) {
        return x != x ? f32Quiet(x) : (float) Math.floor(x);
    }

    /** Rounds toward zero; keeps the sign of a zero result ({@code trunc(-0.5) = -0}). */
    public static float f32Trunc(float x) {
        if (x != x) {
            return f32Quiet(x);
        }
        return (float) (x < 0 ? Math.ceil(x) : Math.floor(x));
    }

    /** Rounds to the nearest integer, ties to even ({@code Math.rint}). */
    public static float f32Nearest(float x) {
        return x != x ? f32Quiet(x) : (float) Math.rint(x);
    }

    /**
     * A double square root rounded to float is the correctly rounded float square root. No NaN
     * test: see {@link #f64Sqrt}; the widening to double quiets a NaN too.
     */
    public static float f32Sqrt(float x) {
        return (float) Math.sqrt(x);
    }

    public static float f32Add(float a, float b) {
        if (CompilerDirectives.inCompiledCode() && FusedMultiplyAdd.INSTRUCTION) {
            return Math.fma(a, 1.0f, b);
        }
        return f32Arithmetic(a + b);
    }

    public static float f32Sub(float a, float b) {
        if (CompilerDirectives.inCompiledCode() && FusedMultiplyAdd.INSTRUCTION) {
            return Math.fma(b, -1.0f, a);
        }
        return f32Arithmetic(a - b);
    }

    public static float f32Mul(float a, float b) {
        if (CompilerDirectives.inCompiledCode() && FusedMultiplyAdd.INSTRUCTION) {
            return Math.fma(a, b, -0.0f);
        }
        return f32Arithmetic(a * b);
    }

    public static float f32Div(float a, float b) {
        return f32Arithmetic(a / b);
    }

    /**
     * NaN if either operand is NaN (the sum quiets and propagates it), and -0 below +0, unlike a
     * plain comparison: for equal operands OR-ing the bits picks -0 if there is one.
     */
    public static float f32Min(float a, float b) {
        if (a != a || b != b) {
            return f32Arithmetic(a + b); // the sum picks the NaN; quieted in case a + -0.0 was folded
        }
        if (a == b) {
            return Float.intBitsToFloat(Float.floatToRawIntBits(a) | Float.floatToRawIntBits(b));
        }
        return a < b ? a : b;
    }

    /** As {@link #f32Min}; for equal operands AND-ing the bits picks +0 if there is one. */
    public static float f32Max(float a, float b) {
        if (a != a || b != b) {
            return f32Arithmetic(a + b); // the sum picks the NaN; quieted in case a + -0.0 was folded
        }
        if (a == b) {
            return Float.intBitsToFloat(Float.floatToRawIntBits(a) & Float.floatToRawIntBits(b));
        }
        return a > b ? a : b;
    }

    /** The NaN {@code x} with its quiet bit set: canonical stays canonical, others become arithmetic. */
    private static float f32Quiet(float x) {
        return Float.intBitsToFloat(Float.floatToRawIntBits(x) | F32_QUIET);
    }

    /**
     * The result {@code r} of an arithmetic operation, quieted if it is a NaN. Only matters in
     * compiled code, where the operation may have been folded away (see the class comment); the
     * branch is rarely taken, and the test is one compare of r with itself.
     */
    private static float f32Arithmetic(float r) {
        if (CompilerDirectives.injectBranchProbability(CompilerDirectives.SLOWPATH_PROBABILITY, r != r)) {
            return f32Quiet(r);
        }
        return r;
    }

    // ---------------------------------------------------------------------------------------------
    // f64
    // ---------------------------------------------------------------------------------------------

    public static int f64Eq(double a, double b) {
        return a == b ? 1 : 0;
    }

    public static int f64Ne(double a, double b) {
        return a != b ? 1 : 0;
    }

    public static int f64Lt(double a, double b) {
        return a < b ? 1 : 0;
    }

    public static int f64Gt(double a, double b) {
        return a > b ? 1 : 0;
    }

    public static int f64Le(double a, double b) {
        return a <= b ? 1 : 0;
    }

    public static int f64Ge(double a, double b) {
        return a >= b ? 1 : 0;
    }

    /** Clears the sign bit only, also of a NaN. */
    public static double f64Abs(double x) {
        return Double.longBitsToDouble(Double.doubleToRawLongBits(x) & ~F64_SIGN);
    }

    /** Flips the sign bit only, also of a NaN. */
    public static double f64Neg(double x) {
        return Double.longBitsToDouble(Double.doubleToRawLongBits(x) ^ F64_SIGN);
    }

    /** The magnitude of {@code a} with the sign of {@code b}: bits only, also of NaNs. */
    public static double f64Copysign(double a, double b) {
        long magnitude = Double.doubleToRawLongBits(a) & ~F64_SIGN;
        return Double.longBitsToDouble(magnitude | (Double.doubleToRawLongBits(b) & F64_SIGN));
    }

    public static double f64Ceil(double x) {
        return x != x ? f64Quiet(x) : Math.ceil(x);
    }

    public static double f64Floor(double x) {
        return x != x ? f64Quiet(x) : Math.floor(x);
    }

    /** Rounds toward zero; keeps the sign of a zero result ({@code trunc(-0.5) = -0}). */
    public static double f64Trunc(double x) {
        if (x != x) {
            return f64Quiet(x);
        }
        return x < 0 ? Math.ceil(x) : Math.floor(x);
    }

    /** Rounds to the nearest integer, ties to even ({@code Math.rint}). */
    public static double f64Nearest(double x) {
        return x != x ? f64Quiet(x) : Math.rint(x);
    }

    /**
     * No NaN test: {@code Math.sqrt} is the processor's square root in every Java tier, which
     * quiets a NaN, and Graal folds it only for a constant operand (computing it the same way).
     */
    public static double f64Sqrt(double x) {
        return Math.sqrt(x);
    }

    public static double f64Add(double a, double b) {
        if (CompilerDirectives.inCompiledCode() && FusedMultiplyAdd.INSTRUCTION) {
            return Math.fma(a, 1.0, b);
        }
        return f64Arithmetic(a + b);
    }

    public static double f64Sub(double a, double b) {
        if (CompilerDirectives.inCompiledCode() && FusedMultiplyAdd.INSTRUCTION) {
            return Math.fma(b, -1.0, a);
        }
        return f64Arithmetic(a - b);
    }

    public static double f64Mul(double a, double b) {
        if (CompilerDirectives.inCompiledCode() && FusedMultiplyAdd.INSTRUCTION) {
            return Math.fma(a, b, -0.0);
        }
        return f64Arithmetic(a * b);
    }

    public static double f64Div(double a, double b) {
        return f64Arithmetic(a / b);
    }

    /** See {@link #f32Min}. */
    public static double f64Min(double a, double b) {
        if (a != a || b != b) {
            return f64Arithmetic(a + b); // the sum picks the NaN; quieted in case a + -0.0 was folded
        }
        if (a == b) {
            return Double.longBitsToDouble(Double.doubleToRawLongBits(a) | Double.doubleToRawLongBits(b));
        }
        return a < b ? a : b;
    }

    /** See {@link #f32Max}. */
    public static double f64Max(double a, double b) {
        if (a != a || b != b) {
            return f64Arithmetic(a + b); // the sum picks the NaN; quieted in case a + -0.0 was folded
        }
        if (a == b) {
            return Double.longBitsToDouble(Double.doubleToRawLongBits(a) & Double.doubleToRawLongBits(b));
        }
        return a > b ? a : b;
    }

    private static double f64Quiet(double x) {
        return Double.longBitsToDouble(Double.doubleToRawLongBits(x) | F64_QUIET);
    }

    /** See {@link #f32Arithmetic}. */
    private static double f64Arithmetic(double r) {
        if (CompilerDirectives.injectBranchProbability(CompilerDirectives.SLOWPATH_PROBABILITY, r != r)) {
            return f64Quiet(r);
        }
        return r;
    }

    // ---------------------------------------------------------------------------------------------
    // Conversions between integer types
    // ---------------------------------------------------------------------------------------------

    public static int i32WrapI64(long x) {
        return (int) x;
    }

    public static long i64ExtendI32S(int x) {
        return x;
    }

    public static long i64ExtendI32U(int x) {
        return Integer.toUnsignedLong(x);
    }

    // ---------------------------------------------------------------------------------------------
    // Trapping truncation float -> integer
    //
    // Each accepts exactly the x whose truncation fits the target: the bounds below are the
    // first values beyond the range on each side (all exactly representable in the source type),
    // and a comparison with NaN is false, which then selects the "invalid conversion" trap.
    // ---------------------------------------------------------------------------------------------

    /** @see <a href="https://webassembly.github.io/spec/core/exec/numerics.html#op-trunc-s">trunc_s</a> */
    public static int i32TruncF32S(float x, Node location) {
        if (x >= -0x1p31f && x < 0x1p31f) {
            return (int) x;
        }
        throw truncFailure(x != x, location);
    }

    /** @see <a href="https://webassembly.github.io/spec/core/exec/numerics.html#op-trunc-u">trunc_u</a> */
    public static int i32TruncF32U(float x, Node location) {
        if (x > -1f && x < 0x1p32f) {
            return (int) (long) x;
        }
        throw truncFailure(x != x, location);
    }

    public static int i32TruncF64S(double x, Node location) {
        if (x > -0x1.00000002p31 && x < 0x1p31) {
            return (int) x;
        }
        throw truncFailure(x != x, location);
    }

    public static int i32TruncF64U(double x, Node location) {
        if (x > -1d && x < 0x1p32) {
            return (int) (long) x;
        }
        throw truncFailure(x != x, location);
    }

    public static long i64TruncF32S(float x, Node location) {
        if (x >= -0x1p63f && x < 0x1p63f) {
            return (long) x;
        }
        throw truncFailure(x != x, location);
    }

    public static long i64TruncF32U(float x, Node location) {
        if (x > -1f && x < 0x1p64f) {
            return f32ToU64(x);
        }
        throw truncFailure(x != x, location);
    }

    public static long i64TruncF64S(double x, Node location) {
        if (x >= -0x1p63 && x < 0x1p63) {
            return (long) x;
        }
        throw truncFailure(x != x, location);
    }

    public static long i64TruncF64U(double x, Node location) {
        if (x > -1d && x < 0x1p64) {
            return f64ToU64(x);
        }
        throw truncFailure(x != x, location);
    }

    private static WasmException truncFailure(boolean nan, Node location) {
        return trap(nan ? Failure.INVALID_CONVERSION_TO_INTEGER : Failure.INTEGER_OVERFLOW, location);
    }

    /**
     * The trap of a division or a truncation. Compiled code leaves it to the interpreter, as for a
     * memory access out of bounds ({@code BoundsCheckNode}): the failing branch then starts with a
     * deoptimization, which Graal turns into a guard it knows is never taken. With a throw in it,
     * Graal weighed the branch as taken half of the time, and the code after each check (a
     * division's result, the rest of the loop) as run half as often as the check.
     */
    private static WasmException trap(Failure failure, Node location) {
        CompilerDirectives.transferToInterpreter();
        return WasmException.trap(failure, location);
    }

    /**
     * Truncates x in (-1, 2^64) to an unsigned 64-bit integer. Java's (long) saturates at 2^63, so
     * the upper half is shifted down by 2^63 first (exactly: both are multiples of x's ulp) and the
     * top bit put back.
     */
    private static long f32ToU64(float x) {
        return x < 0x1p63f ? (long) x : (long) (x - 0x1p63f) | Long.MIN_VALUE;
    }

    private static long f64ToU64(double x) {
        return x < 0x1p63 ? (long) x : (long) (x - 0x1p63) | Long.MIN_VALUE;
    }

    // ---------------------------------------------------------------------------------------------
    // Saturating truncation float -> integer (NaN -> 0, out of range -> nearest bound)
    // ---------------------------------------------------------------------------------------------

    /** Java's (int) of a float already is the spec's trunc_sat_s: NaN to 0, saturating. */
    public static int i32TruncSatF32S(float x) {
        return (int) x;
    }

    /** @see <a href="https://webassembly.github.io/spec/core/exec/numerics.html#op-trunc-sat-u">trunc_sat_u</a> */
    public static int i32TruncSatF32U(float x) {
        if (x >= 0x1p32f) {
            return -1;
        }
        return x > 0 ? (int) (long) x : 0; // also NaN -> 0
    }

    public static int i32TruncSatF64S(double x) {
        return (int) x;
    }

    public static int i32TruncSatF64U(double x) {
        if (x >= 0x1p32) {
            return -1;
        }
        return x > 0 ? (int) (long) x : 0;
    }

    public static long i64TruncSatF32S(float x) {
        return (long) x;
    }

    public static long i64TruncSatF32U(float x) {
        if (x >= 0x1p64f) {
            return -1L;
        }
        return x > 0 ? f32ToU64(x) : 0L;
    }

    public static long i64TruncSatF64S(double x) {
        return (long) x;
    }

    public static long i64TruncSatF64U(double x) {
        if (x >= 0x1p64) {
            return -1L;
        }
        return x > 0 ? f64ToU64(x) : 0L;
    }

    // ---------------------------------------------------------------------------------------------
    // Integer -> float conversions: round to nearest, ties to even, in a single rounding step
    // ---------------------------------------------------------------------------------------------

    /** Java's int -> float is the IEEE conversion, correctly rounded (JLS 5.1.2). */
    public static float f32ConvertI32S(int x) {
        return x;
    }

    /** The unsigned value fits a long exactly, so the one rounding is long -> float. */
    public static float f32ConvertI32U(int x) {
        return Integer.toUnsignedLong(x);
    }

    /** Directly long -> float: going via double would round twice and may miss a tie. */
    public static float f32ConvertI64S(long x) {
        return x;
    }

    /**
     * Values of 2^63 and above are halved first, keeping the lost low bit as a "sticky" bit so the
     * single long -> float rounding still sees whether the value was above a tie; doubling is exact.
     *
     * @see <a href="https://webassembly.github.io/spec/core/exec/numerics.html#op-convert-u">convert_u</a>
     */
    public static float f32ConvertI64U(long x) {
        if (x >= 0) {
            return x;
        }
        return ((x >>> 1) | (x & 1)) * 2f;
    }

    public static double f64ConvertI32S(int x) {
        return x;
    }

    public static double f64ConvertI32U(int x) {
        return Integer.toUnsignedLong(x);
    }

    public static double f64ConvertI64S(long x) {
        return x;
    }

    /** See {@link #f32ConvertI64U}. */
    public static double f64ConvertI64U(long x) {
        if (x >= 0) {
            return x;
        }
        return ((x >>> 1) | (x & 1)) * 2d;
    }

    // ---------------------------------------------------------------------------------------------
    // Float <-> float
    // ---------------------------------------------------------------------------------------------

    /**
     * Rounds to nearest float. A NaN keeps its sign and the top 22 bits of its payload, with the
     * quiet bit set, so a canonical NaN stays canonical and any other NaN becomes arithmetic.
     *
     * @see <a href="https://webassembly.github.io/spec/core/exec/numerics.html#op-demote">demote</a>
     */
    public static float f32DemoteF64(double x) {
        if (x != x) {
            long bits = Double.doubleToRawLongBits(x);
            int sign = (int) (bits >>> 32) & F32_SIGN;
            int payload = (int) ((bits & 0x000F_FFFF_FFFF_FFFFL) >>> 29);
            return Float.intBitsToFloat(sign | 0x7F80_0000 | F32_QUIET | payload);
        }
        return (float) x;
    }

    /**
     * Exact for numbers. A NaN keeps sign and payload (moved to the top of the wider payload) with
     * the quiet bit set.
     *
     * @see <a href="https://webassembly.github.io/spec/core/exec/numerics.html#op-promote">promote</a>
     */
    public static double f64PromoteF32(float x) {
        if (x != x) {
            int bits = Float.floatToRawIntBits(x);
            long sign = (long) (bits & F32_SIGN) << 32;
            long payload = (long) (bits & 0x007F_FFFF) << 29;
            return Double.longBitsToDouble(sign | 0x7FF0_0000_0000_0000L | F64_QUIET | payload);
        }
        return x;
    }

    // ---------------------------------------------------------------------------------------------
    // Reinterpretations: bits only, every NaN payload kept
    // ---------------------------------------------------------------------------------------------

    public static int i32ReinterpretF32(float x) {
        return Float.floatToRawIntBits(x);
    }

    public static long i64ReinterpretF64(double x) {
        return Double.doubleToRawLongBits(x);
    }

    public static float f32ReinterpretI32(int x) {
        return Float.intBitsToFloat(x);
    }

    public static double f64ReinterpretI64(long x) {
        return Double.longBitsToDouble(x);
    }
}
