package org.wasmroutines.binary;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.wasmroutines.errors.Failure;
import org.wasmroutines.errors.WasmException;

/**
 * The decoder's checked cursor over a whole module binary. Like the reference interpreter it
 * reads up to the end of the binary (not of the current section) and lets the section-size
 * check catch overruns; running out of bytes inside a section is "unexpected end of section or
 * function", outside one "unexpected end".
 *
 * @see <a href="https://webassembly.github.io/spec/core/binary/values.html">Binary values</a>
 */
final class BinaryReader {
    private final byte[] bytes;
    private int pos;
    /** Whether the cursor is inside a section, which decides the end-of-input message. */
    boolean inSection;

    BinaryReader(byte[] bytes) {
        this.bytes = bytes;
    }

    byte[] bytes() {
        return bytes;
    }

    int position() {
        return pos;
    }

    void seek(int position) {
        pos = position;
    }

    int remaining() {
        return bytes.length - pos;
    }

    boolean atEnd() {
        return pos >= bytes.length;
    }

    WasmException endOfInput() {
        return WasmException.create(inSection ? Failure.UNEXPECTED_END_OF_SECTION : Failure.UNEXPECTED_END);
    }

    int readByte() {
        if (pos >= bytes.length) {
            throw endOfInput();
        }
        return bytes[pos++] & 0xFF;
    }

    int peekByte() {
        if (pos >= bytes.length) {
            throw endOfInput();
        }
        return bytes[pos] & 0xFF;
    }

    byte[] readBytes(int n) {
        if (n > remaining()) {
            throw endOfInput();
        }
        byte[] result = java.util.Arrays.copyOfRange(bytes, pos, pos + n);
        pos += n;
        return result;
    }

    void skip(int n) {
        if (n > remaining()) {
            throw endOfInput();
        }
        pos += n;
    }

    /** An unsigned LEB128 number of at most {@code bits} bits (bits <= 32), as a long. */
    long readUnsigned(int bits) {
        long result = 0;
        int shift = 0;
        while (true) {
            int b = readByte();
            int remainingBits = bits - shift;
            if (remainingBits <= 7) {
                // @see binary/values.html#integers: the last byte's unused bits must be zero
                if ((b & 0x80) != 0) {
                    throw WasmException.create(Failure.INTEGER_REPRESENTATION_TOO_LONG);
                }
                if ((b >>> remainingBits) != 0) {
                    throw WasmException.create(Failure.INTEGER_TOO_LARGE);
                }
                return result | (long) b << shift;
            }
            result |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return result;
            }
            shift += 7;
        }
    }

    /** A u32 as an int holding its bits. */
    int readU32() {
        return (int) readUnsigned(32);
    }

    /**
     * A length (vector count, name or payload size): like the reference interpreter, a length
     * larger than the bytes left is "length out of bounds".
     */
    int readLength() {
        long n = readUnsigned(32);
        if (n > remaining()) {
            throw WasmException.create(Failure.LENGTH_OUT_OF_BOUNDS);
        }
        return (int) n;
    }

    /**
     * A vector length. Every element takes at least one byte, so a count beyond the bytes left can
     * only run out of input; saying so now avoids allocating for it.
     */
    int readCount() {
        long n = readUnsigned(32);
        if (n > remaining()) {
            pos = bytes.length;
            throw endOfInput();
        }
        return (int) n;
    }

    /** A signed LEB128 number of at most {@code bits} bits (bits <= 64). */
    long readSigned(int bits) {
        long result = 0;
        int shift = 0;
        while (true) {
            int b = readByte();
            int remainingBits = bits - shift;
            if (remainingBits <= 7) {
                if ((b & 0x80) != 0) {
                    throw WasmException.create(Failure.INTEGER_REPRESENTATION_TOO_LONG);
                }
                // the unused high bits must all copy the sign bit
                int signAndUnused = b >> (remainingBits - 1);
                if (signAndUnused != 0 && signAndUnused != (0x7F >> (remainingBits - 1))) {
                    throw WasmException.create(Failure.INTEGER_TOO_LARGE);
                }
                result |= (long) (b & 0x7F) << shift;
                shift += 7;
                if (shift < 64 && (b & 0x40) != 0) {
                    result |= -1L << shift;
                }
                return result;
            }
            result |= (long) (b & 0x7F) << shift;
            shift += 7;
            if ((b & 0x80) == 0) {
                if (shift < 64 && (b & 0x40) != 0) {
                    result |= -1L << shift;
                }
                return result;
            }
        }
    }

    int readFixed32() {
        int b0 = readByte();
        int b1 = readByte();
        int b2 = readByte();
        int b3 = readByte();
        return b0 | b1 << 8 | b2 << 16 | b3 << 24;
    }

    long readFixed64() {
        long low = readFixed32() & 0xFFFFFFFFL;
        long high = readFixed32() & 0xFFFFFFFFL;
        return high << 32 | low;
    }

    /**
     * A name: a length-prefixed, strictly valid UTF-8 string.
     *
     * @see <a href="https://webassembly.github.io/spec/core/binary/values.html#names">Names</a>
     */
    String readName() {
        int n = readLength();
        int start = pos;
        pos += n;
        try {
            return StandardCharsets.UTF_8.newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(bytes, start, n)).toString();
        } catch (CharacterCodingException e) {
            throw WasmException.create(Failure.MALFORMED_UTF8);
        }
    }
}
