package org.wasmroutines.syntax;

/**
 * Value types as their binary encodings. A value type is a {@code byte} everywhere in the engine,
 * so that type lists are plain arrays and comparisons are cheap.
 *
 * @see <a href="https://webassembly.github.io/spec/core/binary/types.html#value-types">Value types</a>
 */
public final class ValType {
    public static final byte I32 = 0x7F;
    public static final byte I64 = 0x7E;
    public static final byte F32 = 0x7D;
    public static final byte F64 = 0x7C;
    public static final byte V128 = 0x7B;
    public static final byte FUNCREF = 0x70;
    public static final byte EXTERNREF = 0x6F;

    private ValType() {
    }

    public static boolean isValid(byte type) {
        return isNumber(type) || isReference(type);
    }

    public static boolean isNumber(byte type) {
        return type == I32 || type == I64 || type == F32 || type == F64;
    }

    public static boolean isReference(byte type) {
        return type == FUNCREF || type == EXTERNREF;
    }

    /** The text-format name of a type, as in error messages and traces. */
    public static String name(byte type) {
        return switch (type) {
            case I32 -> "i32";
            case I64 -> "i64";
            case F32 -> "f32";
            case F64 -> "f64";
            case V128 -> "v128";
            case FUNCREF -> "funcref";
            case EXTERNREF -> "externref";
            default -> String.format("0x%02x", type & 0xFF);
        };
    }
}
