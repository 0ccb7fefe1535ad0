package org.wasmroutines.text;

import java.io.ByteArrayOutputStream;

/**
 * A growable byte buffer with the binary format's encodings: LEB128 integers, names, vectors.
 *
 * @see <a href="https://webassembly.github.io/spec/core/binary/values.html">Binary values</a>
 */
final class ByteWriter {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    ByteWriter u8(int b) {
        out.write(b);
        return this;
    }

    ByteWriter u32(long value) {
        long v = value & 0xFFFFFFFFL;
        do {
            int b = (int) (v & 0x7F);
            v >>>= 7;
            out.write(v != 0 ? b | 0x80 : b);
        } while (v != 0);
        return this;
    }

    ByteWriter s64(long value) {
        long v = value;
        while (true) {
            int b = (int) (v & 0x7F);
            v >>= 7;
            boolean done = (v == 0 && (b & 0x40) == 0) || (v == -1 && (b & 0x40) != 0);
            out.write(done ? b : b | 0x80);
            if (done) {
                return this;
            }
        }
    }

    ByteWriter s32(int value) {
        return s64(value);
    }

    ByteWriter f32(int bits) {
        for (int i = 0; i < 4; i++) {
            out.write(bits >>> (8 * i));
        }
        return this;
    }

    ByteWriter f64(long bits) {
        for (int i = 0; i < 8; i++) {
            out.write((int) (bits >>> (8 * i)));
        }
        return this;
    }

    ByteWriter bytes(byte[] bytes) {
        out.writeBytes(bytes);
        return this;
    }

    /** A length-prefixed byte string (names, custom section contents). */
    ByteWriter name(byte[] bytes) {
        u32(bytes.length);
        return bytes(bytes);
    }

    int size() {
        return out.size();
    }

    byte[] toByteArray() {
        return out.toByteArray();
    }
}
