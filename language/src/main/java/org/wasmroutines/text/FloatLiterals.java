package org.wasmroutines.text;

import java.math.BigInteger;

import org.wasmroutines.errors.Failure;
import org.wasmroutines.errors.WasmException;

/**
 * Float literals of the text format to IEEE bits, rounded exactly (round to nearest, ties to
 * even) from the literal's exact rational value, for decimal and hexadecimal forms alike; also
 * {@code inf}, {@code nan} and {@code nan:0x...} payloads. A literal that rounds to infinity is a
 * "constant out of range".
 *
 * @see <a href="https://webassembly.github.io/spec/core/text/values.html#floating-point">Floating-point</a>
 */
public final class FloatLiterals {
    /** The two binary formats: significand precision incl. the implicit bit, exponent range. */
    private enum Format {
        F32(24, 8), F64(53, 11);

        final int precision;
        final int exponentBits;

        Format(int precision, int exponentBits) {
            this.precision = precision;
            this.exponentBits = exponentBits;
        }

        int bias() {
            return (1 << (exponentBits - 1)) - 1;
        }
    }

    /** Exponents beyond this are certainly infinite or zero after any realistic digit count. */
    private static final int EXPONENT_LIMIT = 100_000;

    private FloatLiterals() {
    }

    public static int f32Bits(String text) {
        return (int) bits(text, Format.F32);
    }

    public static long f64Bits(String text) {
        return bits(text, Format.F64);
    }

    private static long bits(String text, Format format) {
        boolean negative = text.startsWith("-");
        String body = text.startsWith("-") || text.startsWith("+") ? text.substring(1) : text;
        long sign = negative ? 1L << (format.precision + format.exponentBits - 1) : 0;
        long infinity = ((1L << format.exponentBits) - 1) << (format.precision - 1);
        long magnitude;
        if (body.equals("inf")) {
            magnitude = infinity;
        } else if (body.equals("nan")) {
            magnitude = infinity | (1L << (format.precision - 2));
        } else if (body.startsWith("nan:0x")) {
            String digits = NumberLiterals.digits(body.substring(6), 16);
            if (digits == null) {
                throw WasmException.create(Failure.UNKNOWN_OPERATOR, text);
            }
            BigInteger payload = new BigInteger(digits, 16);
            if (payload.signum() == 0 || payload.bitLength() > format.precision - 1) {
                throw WasmException.create(Failure.CONSTANT_OUT_OF_RANGE, text);
            }
            magnitude = infinity | payload.longValue();
        } else if (body.startsWith("0x")) {
            magnitude = hexadecimal(body.substring(2), format, text);
        } else {
            magnitude = decimal(body, format, text);
        }
        return sign | magnitude;
    }

    private static long decimal(String body, Format format, String text) {
        int e = indexOfAny(body, 'e', 'E');
        String mantissa = e < 0 ? body : body.substring(0, e);
        long exponent = e < 0 ? 0 : exponent(body.substring(e + 1), text);
        int dot = mantissa.indexOf('.');
        String intPart = dot < 0 ? mantissa : mantissa.substring(0, dot);
        String fracPart = dot < 0 ? "" : mantissa.substring(dot + 1);
        String intDigits = NumberLiterals.digits(intPart, 10);
        String fracDigits = fracPart.isEmpty() ? "" : NumberLiterals.digits(fracPart, 10);
        if (intDigits == null || fracDigits == null) {
            throw WasmException.create(Failure.UNKNOWN_OPERATOR, text);
        }
        BigInteger digits = new BigInteger(intDigits + fracDigits);
        exponent -= fracDigits.length();
        if (digits.signum() == 0) {
            return 0;
        }
        if (exponent > EXPONENT_LIMIT) {
            throw WasmException.create(Failure.CONSTANT_OUT_OF_RANGE, text);
        }
        if (exponent < -EXPONENT_LIMIT - (long) digits.bitLength()) {
            return 0;
        }
        BigInteger num = exponent >= 0 ? digits.multiply(BigInteger.TEN.pow((int) exponent)) : digits;
        BigInteger den = exponent >= 0 ? BigInteger.ONE : BigInteger.TEN.pow((int) -exponent);
        return round(num, den, 0, format, text);
    }

    private static long hexadecimal(String body, Format format, String text) {
        int p = indexOfAny(body, 'p', 'P');
        String mantissa = p < 0 ? body : body.substring(0, p);
        long exponent = p < 0 ? 0 : exponent(body.substring(p + 1), text);
        int dot = mantissa.indexOf('.');
        String intPart = dot < 0 ? mantissa : mantissa.substring(0, dot);
        String fracPart = dot < 0 ? "" : mantissa.substring(dot + 1);
        String intDigits = NumberLiterals.digits(intPart, 16);
        String fracDigits = fracPart.isEmpty() ? "" : NumberLiterals.digits(fracPart, 16);
        if (intDigits == null || fracDigits == null) {
            throw WasmException.create(Failure.UNKNOWN_OPERATOR, text);
        }
        BigInteger digits = new BigInteger(intDigits + fracDigits, 16);
        exponent -= 4L * fracDigits.length();
        if (digits.signum() == 0) {
            return 0;
        }
        if (exponent > EXPONENT_LIMIT) {
            throw WasmException.create(Failure.CONSTANT_OUT_OF_RANGE, text);
        }
        if (exponent < -EXPONENT_LIMIT - (long) digits.bitLength()) {
            return 0;
        }
        return round(digits, BigInteger.ONE, exponent, format, text);
    }

    private static long exponent(String text, String literal) {
        boolean negative = text.startsWith("-");
        String body = text.startsWith("-") || text.startsWith("+") ? text.substring(1) : text;
        String digits = NumberLiterals.digits(body, 10);
        if (digits == null) {
            throw WasmException.create(Failure.UNKNOWN_OPERATOR, literal);
        }
        BigInteger value = new BigInteger(digits);
        long clamped = value.bitLength() > 40 ? 1L << 40 : value.longValue();
        return negative ? -clamped : clamped;
    }

    private static int indexOfAny(String s, char a, char b) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == a || s.charAt(i) == b) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Rounds the positive value {@code num / den * 2^exp2} to the format: an integer quotient with
     * at least two bits more than the precision, plus a sticky bit for a non-zero remainder, is
     * enough to round to nearest-even exactly.
     */
    private static long round(BigInteger num, BigInteger den, long exp2, Format format, String text) {
        int shiftUp = Math.max(0, format.precision + 3 - (num.bitLength() - den.bitLength()));
        BigInteger[] division = num.shiftLeft(shiftUp).divideAndRemainder(den);
        BigInteger q = division[0];
        boolean sticky = division[1].signum() != 0;
        long lsbExponent = exp2 - shiftUp;
        long leadExponent = lsbExponent + q.bitLength() - 1;
        long minExponent = 1 - format.bias();
        long targetLsb = Math.max(leadExponent, minExponent) - (format.precision - 1);
        long shift = targetLsb - lsbExponent;
        BigInteger kept;
        if (shift <= 0) {
            kept = q.shiftLeft((int) -shift);
        } else if (shift > q.bitLength() + 1) {
            kept = BigInteger.ZERO;
        } else {
            kept = q.shiftRight((int) shift);
            BigInteger rest = q.subtract(kept.shiftLeft((int) shift));
            BigInteger half = BigInteger.ONE.shiftLeft((int) shift - 1);
            int cmp = rest.compareTo(half);
            if (cmp > 0 || (cmp == 0 && (sticky || kept.testBit(0)))) {
                kept = kept.add(BigInteger.ONE);
            }
        }
        if (kept.bitLength() > format.precision) {
            kept = kept.shiftRight(1);
            targetLsb++;
        }
        if (kept.bitLength() < format.precision) {
            return kept.longValue(); // subnormal or zero: exponent field 0
        }
        long biased = targetLsb + format.precision - 1 + format.bias();
        if (biased >= (1L << format.exponentBits) - 1) {
            throw WasmException.create(Failure.CONSTANT_OUT_OF_RANGE, text);
        }
        long fraction = kept.longValue() & ((1L << (format.precision - 1)) - 1);
        return (biased << (format.precision - 1)) | fraction;
    }
}
