package org.wasmroutines.interop;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.ArityException;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.InvalidArrayIndexException;
import com.oracle.truffle.api.interop.InvalidBufferOffsetException;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.interop.UnsupportedTypeException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.memory.ByteArraySupport;
import java.nio.ByteOrder;
import org.wasmroutines.errors.Failure;
import org.wasmroutines.errors.WasmException;
import org.wasmroutines.runtime.WasmMemory;

/**
 * A linear memory as other languages see it: a polyglot buffer of its current bytes (reads and
 * writes of any width and byte order; an access outside the memory is an invalid buffer offset),
 * with members {@code size} (pages), {@code shared} and {@code grow(deltaPages)} (returns the old
 * size in pages, or -1). For languages that cannot view a polyglot buffer (GraalPy 25.0.1 has no
 * {@code memoryview} of one), {@code read(offset, length)} copies bytes out as an array of
 * unsigned byte values and {@code write(offset, bytes)} copies an array of byte values (or a
 * buffer) in; a range outside the memory is an "out of bounds memory access" trap.
 */
@ExportLibrary(InteropLibrary.class)
public final class MemoryObject extends WasmObject {
    private static final String SIZE = "size";
    private static final String SHARED = "shared";
    private static final String GROW = "grow";
    private static final String READ = "read";
    private static final String WRITE = "write";
    private static final InteropLibrary INTEROP = InteropLibrary.getUncached();

    private final WasmMemory memory;

    public MemoryObject(WasmMemory memory) {
        this.memory = memory;
    }

    public WasmMemory memory() {
        return memory;
    }

    private static ByteArraySupport bytes(ByteOrder order) {
        return order == ByteOrder.LITTLE_ENDIAN ? ByteArraySupport.littleEndian() : ByteArraySupport.bigEndian();
    }

    /** The current array, after checking that {@code [offset, offset + length)} is inside it. */
    private byte[] checked(long offset, int length) throws InvalidBufferOffsetException {
        byte[] buffer = memory.buffer();
        if (offset < 0 || offset > buffer.length - length) {
            throw InvalidBufferOffsetException.create(offset, length);
        }
        return buffer;
    }

    @ExportMessage
    boolean hasBufferElements() {
        return true;
    }

    @ExportMessage
    boolean isBufferWritable() {
        return true;
    }

    @ExportMessage
    long getBufferSize() {
        return memory.byteSize();
    }

    @ExportMessage
    byte readBufferByte(long offset) throws InvalidBufferOffsetException {
        return checked(offset, 1)[(int) offset];
    }

    @ExportMessage
    @TruffleBoundary
    void readBuffer(long offset, byte[] destination, int destinationOffset, int length) throws InvalidBufferOffsetException {
        System.arraycopy(checked(offset, length), (int) offset, destination, destinationOffset, length);
    }

    @ExportMessage
    void writeBufferByte(long offset, byte value) throws InvalidBufferOffsetException {
        checked(offset, 1)[(int) offset] = value;
    }

    @ExportMessage
    short readBufferShort(ByteOrder order, long offset) throws InvalidBufferOffsetException {
        return bytes(order).getShort(checked(offset, 2), offset);
    }

    @ExportMessage
    void writeBufferShort(ByteOrder order, long offset, short value) throws InvalidBufferOffsetException {
        bytes(order).putShort(checked(offset, 2), offset, value);
    }

    @ExportMessage
    int readBufferInt(ByteOrder order, long offset) throws InvalidBufferOffsetException {
        return bytes(order).getInt(checked(offset, 4), offset);
    }

    @ExportMessage
    void writeBufferInt(ByteOrder order, long offset, int value) throws InvalidBufferOffsetException {
        bytes(order).putInt(checked(offset, 4), offset, value);
    }

    @ExportMessage
    long readBufferLong(ByteOrder order, long offset) throws InvalidBufferOffsetException {
        return bytes(order).getLong(checked(offset, 8), offset);
    }

    @ExportMessage
    void writeBufferLong(ByteOrder order, long offset, long value) throws InvalidBufferOffsetException {
        bytes(order).putLong(checked(offset, 8), offset, value);
    }

    @ExportMessage
    float readBufferFloat(ByteOrder order, long offset) throws InvalidBufferOffsetException {
        return bytes(order).getFloat(checked(offset, 4), offset);
    }

    @ExportMessage
    void writeBufferFloat(ByteOrder order, long offset, float value) throws InvalidBufferOffsetException {
        bytes(order).putFloat(checked(offset, 4), offset, value);
    }

    @ExportMessage
    double readBufferDouble(ByteOrder order, long offset) throws InvalidBufferOffsetException {
        return bytes(order).getDouble(checked(offset, 8), offset);
    }

    @ExportMessage
    void writeBufferDouble(ByteOrder order, long offset, double value) throws InvalidBufferOffsetException {
        bytes(order).putDouble(checked(offset, 8), offset, value);
    }

    @ExportMessage
    boolean hasMembers() {
        return true;
    }

    @ExportMessage
    Object getMembers(@SuppressWarnings("unused") boolean includeInternal) {
        return new ReadOnlyArray(new Object[]{SIZE, SHARED, GROW, READ, WRITE});
    }

    @ExportMessage
    boolean isMemberReadable(String member) {
        return SIZE.equals(member) || SHARED.equals(member);
    }

    @ExportMessage
    boolean isMemberInvocable(String member) {
        return GROW.equals(member) || SIZE.equals(member) || READ.equals(member) || WRITE.equals(member);
    }

    @ExportMessage
    Object readMember(String member) throws UnknownIdentifierException {
        return switch (member) {
            case SIZE -> memory.size();
            case SHARED -> memory.shared();
            default -> throw UnknownIdentifierException.create(member);
        };
    }

    @ExportMessage
    @TruffleBoundary
    Object invokeMember(String member, Object[] arguments) throws UnknownIdentifierException, ArityException, UnsupportedTypeException {
        if (READ.equals(member)) {
            return read(arguments);
        }
        if (WRITE.equals(member)) {
            return write(arguments);
        }
        if (SIZE.equals(member)) {
            if (arguments.length != 0) {
                throw ArityException.create(0, 0, arguments.length);
            }
            return memory.size();
        }
        if (!GROW.equals(member)) {
            throw UnknownIdentifierException.create(member);
        }
        if (arguments.length != 1) {
            throw ArityException.create(1, 1, arguments.length);
        }
        Object delta = PolyglotValues.toWasm(org.wasmroutines.syntax.ValType.I32, arguments[0]);
        if (delta == null) {
            throw UnsupportedTypeException.create(arguments, "grow expects a number of pages (an unsigned 32-bit integer)");
        }
        return memory.grow((int) delta);
    }

    private ReadOnlyArray read(Object[] arguments) throws ArityException, UnsupportedTypeException {
        if (arguments.length != 2) {
            throw ArityException.create(2, 2, arguments.length);
        }
        long offset = address(arguments, 0, "read");
        long length = address(arguments, 1, "read");
        byte[] buffer = inside(offset, length, "read");
        Object[] values = new Object[(int) length];
        for (int i = 0; i < values.length; i++) {
            values[i] = buffer[(int) offset + i] & 0xFF;
        }
        return new ReadOnlyArray(values);
    }

    private Object write(Object[] arguments) throws ArityException, UnsupportedTypeException {
        if (arguments.length != 2) {
            throw ArityException.create(2, 2, arguments.length);
        }
        long offset = address(arguments, 0, "write");
        byte[] data = bytesOf(arguments, 1);
        byte[] buffer = inside(offset, data.length, "write");
        System.arraycopy(data, 0, buffer, (int) offset, data.length);
        return data.length;
    }

    /** Argument {@code index} as an offset or length: an unsigned 32-bit integer. */
    private static long address(Object[] arguments, int index, String what) throws UnsupportedTypeException {
        Object value = PolyglotValues.toWasm(org.wasmroutines.syntax.ValType.I32, arguments[index]);
        if (value == null) {
            throw UnsupportedTypeException.create(arguments, what + " expects (offset, " + (what.equals("read") ? "length" : "bytes")
                            + ") with offsets and lengths as unsigned 32-bit integers; argument " + index + " is not one");
        }
        return Integer.toUnsignedLong((int) value);
    }

    /** The memory's current array, after checking that {@code [offset, offset + length)} is inside it. */
    private byte[] inside(long offset, long length, String what) {
        byte[] buffer = memory.buffer();
        if (offset + length > buffer.length) {
            throw WasmException.create(Failure.OUT_OF_BOUNDS_MEMORY_ACCESS, "(" + what + " of bytes [" + offset + ", " + (offset + length)
                            + ") of a memory of " + buffer.length + " bytes)");
        }
        return buffer;
    }

    /** The bytes to write: a polyglot buffer, or an array of byte values (-128..255). */
    private static byte[] bytesOf(Object[] arguments, int index) throws UnsupportedTypeException {
        Object source = arguments[index];
        try {
            if (INTEROP.hasBufferElements(source)) {
                long size = INTEROP.getBufferSize(source);
                if (size > Integer.MAX_VALUE) {
                    throw UnsupportedTypeException.create(arguments, "write: the buffer is larger than any memory");
                }
                byte[] data = new byte[(int) size];
                INTEROP.readBuffer(source, 0, data, 0, data.length);
                return data;
            }
            if (INTEROP.hasArrayElements(source)) {
                long size = INTEROP.getArraySize(source);
                if (size > Integer.MAX_VALUE) {
                    throw UnsupportedTypeException.create(arguments, "write: the array is larger than any memory");
                }
                byte[] data = new byte[(int) size];
                for (int i = 0; i < data.length; i++) {
                    Object element = INTEROP.readArrayElement(source, i);
                    if (!INTEROP.fitsInInt(element) || INTEROP.asInt(element) < -128 || INTEROP.asInt(element) > 255) {
                        throw UnsupportedTypeException.create(arguments, "write: element " + i + " of the array is not a byte value (-128..255)");
                    }
                    data[i] = (byte) INTEROP.asInt(element);
                }
                return data;
            }
        } catch (UnsupportedMessageException | InvalidArrayIndexException | InvalidBufferOffsetException e) {
            throw UnsupportedTypeException.create(arguments, "write: the bytes could not be read: " + e.getMessage());
        }
        throw UnsupportedTypeException.create(arguments, "write expects (offset, bytes) where bytes is an array of byte values or a buffer");
    }

    @Override
    String displayString() {
        return "wasm " + memory;
    }
}
