package org.wasmroutines.wasi;

import com.oracle.truffle.api.memory.ByteArraySupport;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.wasmroutines.runtime.WasmMemory;

/**
 * The program's linear memory as WASI functions see it: little-endian reads and writes at guest
 * pointers (unsigned 32-bit), where a pointer out of bounds is {@link Errno#FAULT} instead of a
 * trap, and strings are UTF-8 (invalid UTF-8 is {@link Errno#ILSEQ}). The backing array is read
 * anew at every access, because {@code memory.grow} replaces it.
 */
final class GuestMemory {
    private static final ByteArraySupport LE = ByteArraySupport.littleEndian();

    private final WasmMemory memory;

    GuestMemory(WasmMemory memory) {
        this.memory = memory;
    }

    WasmMemory memory() {
        return memory;
    }

    /** The current array, after checking that {@code [ptr, ptr + length)} lies inside it. */
    private byte[] checked(long ptr, long length) {
        byte[] b = memory.buffer();
        if (ptr < 0 || length < 0 || ptr + length > b.length) {
            throw new ErrnoException(Errno.FAULT);
        }
        return b;
    }

    int u8(long ptr) {
        return LE.getByte(checked(ptr, 1), ptr) & 0xFF;
    }

    int u16(long ptr) {
        return LE.getShort(checked(ptr, 2), ptr) & 0xFFFF;
    }

    int i32(long ptr) {
        return LE.getInt(checked(ptr, 4), ptr);
    }

    long u32(long ptr) {
        return Integer.toUnsignedLong(i32(ptr));
    }

    long i64(long ptr) {
        return LE.getLong(checked(ptr, 8), ptr);
    }

    void putU8(long ptr, int value) {
        LE.putByte(checked(ptr, 1), ptr, (byte) value);
    }

    void putU16(long ptr, int value) {
        LE.putShort(checked(ptr, 2), ptr, (short) value);
    }

    void putI32(long ptr, int value) {
        LE.putInt(checked(ptr, 4), ptr, value);
    }

    void putI64(long ptr, long value) {
        LE.putLong(checked(ptr, 8), ptr, value);
    }

    /** Fills {@code [ptr, ptr + length)} with zeros (padding of the structs WASI writes). */
    void zero(long ptr, int length) {
        byte[] b = checked(ptr, length);
        java.util.Arrays.fill(b, (int) ptr, (int) ptr + length, (byte) 0);
    }

    byte[] bytes(long ptr, long length) {
        byte[] b = checked(ptr, length);
        byte[] copy = new byte[(int) length];
        System.arraycopy(b, (int) ptr, copy, 0, (int) length);
        return copy;
    }

    void putBytes(long ptr, byte[] data, int offset, int length) {
        byte[] b = checked(ptr, length);
        System.arraycopy(data, offset, b, (int) ptr, length);
    }

    /** A view of guest memory for channel reads and writes (valid until the memory grows). */
    ByteBuffer window(long ptr, long length) {
        byte[] b = checked(ptr, length);
        return ByteBuffer.wrap(b, (int) ptr, (int) length);
    }

    /** A UTF-8 string of {@code length} bytes; WASI paths are not NUL-terminated. */
    String string(long ptr, long length) {
        byte[] raw = bytes(ptr, length);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(raw)).toString();
        } catch (CharacterCodingException e) {
            throw new ErrnoException(Errno.ILSEQ);
        }
    }

    /** The buffers of an {@code iovec}/{@code ciovec} array: {@code count} pairs of (u32 pointer, u32 length). */
    ByteBuffer[] iovecs(long iovs, long count) {
        checked(iovs, count * 8);
        ByteBuffer[] buffers = new ByteBuffer[(int) count];
        for (int i = 0; i < count; i++) {
            long base = u32(iovs + 8L * i);
            long length = u32(iovs + 8L * i + 4);
            buffers[i] = window(base, length);
        }
        return buffers;
    }
}
