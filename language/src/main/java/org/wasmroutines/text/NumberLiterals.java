package org.wasmroutines.text;

import java.math.BigInteger;

import org.wasmroutines.errors.Failure;
import org.wasmroutines.errors.WasmException;

/**
 * Integer literals of the text format: digits with optional single underscores between them,
 * decimal or {@code 0x} hexadecimal, optionally signed. A token that is not a number at all is an
 * "unknown operator" (the reference lexer cannot read it); a number out of range is a
 * "constant out of range".
 *
 * @see <a href="https://webassembly.github.io/spec/core/text/values.html#integers">Integers</a>
 */
public final class NumberLiterals {
    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

    private NumberLiterals() {
    }

    /**
     * The digits of a digit group without its underscores, or null if the group is malformed
     * (empty, or an underscore not between two digits).
     */
    static String digits(String text, int radix) {
        if (text.isEmpty() || text.charAt(0) == '_' || text.charAt(text.length() - 1) == '_') {
            return null;
        }
        StringBuilder result = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '_') {
                if (text.charAt(i - 1) == '_') {
                    return null;
                }
            } else if (Character.digit(c, radix) < 0) {
                return null;
            } else {
                result.append(c);
            }
        }
        return result.toString();
    }

    /** Parses an integer literal exactly, or returns null if the text is not one. */
    static BigInteger parseInteger(String text) {
        boolean negative = text.startsWith("-");
        String body = text.startsWith("-") || text.startsWith("+") ? text.substring(1) : text;
        String digits;
        int radix = 10;
        if (body.startsWith("0x")) {
            radix = 16;
            digits = digits(body.substring(2), 16);
        } else {
            digits = digits(body, 10);
        }
        if (digits == null) {
            return null;
        }
        BigInteger value = new BigInteger(digits, radix);
        return negative ? value.negate() : value;
    }

    /** True if the token is syntactically an unsigned integer (an index, for instance). */
    public static boolean isNat(String text) {
        return !text.startsWith("+") && !text.startsWith("-") && parseInteger(text) != null;
    }

    /** An unsigned 32-bit literal (indices, limits, offsets): "i32 constant out of range" if too big. */
    public static long u32(String text) {
        BigInteger value = isNat(text) ? parseInteger(text) : null;
        if (value == null) {
            throw WasmException.create(Failure.UNEXPECTED_TOKEN, text);
        }
        if (value.bitLength() > 32) {
            throw WasmException.create(Failure.I32_CONSTANT_OUT_OF_RANGE, text);
        }
        return value.longValue();
    }

    /** An {@code i32.const} operand: signed or unsigned interpretation, both allowed. */
    public static int i32(String text) {
        return (int) signedOrUnsigned(text, 32);
    }

    /** An {@code i64.const} operand. */
    public static long i64(String text) {
        return signedOrUnsigned(text, 64);
    }

    private static long signedOrUnsigned(String text, int bits) {
        BigInteger value = parseInteger(text);
        if (value == null) {
            throw WasmException.create(Failure.UNKNOWN_OPERATOR, text);
        }
        BigInteger min = BigInteger.ONE.shiftLeft(bits - 1).negate();
        BigInteger max = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw WasmException.create(Failure.CONSTANT_OUT_OF_RANGE, text);
        }
        if (bits == 64 && value.signum() < 0) {
            value = value.add(TWO_64);
        }
        return value.longValue();
    }
}
