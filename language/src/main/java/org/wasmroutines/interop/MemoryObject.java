package org.wasmroutines.interop;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.ArityException;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.InvalidBufferOffsetException;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.interop.UnsupportedTypeException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.memory.ByteArraySupport;
import java.nio.ByteOrder;
import org.wasmroutines.runtime.WasmMemory;

/**
 * A linear memory as other languages see it: a polyglot buffer of its current bytes (reads and
 * writes of any width and byte order; an access outside the memory is an invalid buffer offset),
 * with members {@code size} (pages), {@code shared} and {@code grow(deltaPages)} (returns the old
 * size in pages, or -1).
 */
@ExportLibrary(InteropLibrary.class)
public final class MemoryObject extends WasmObject {
    private static final String SIZE = "size";
    private static final String SHARED = "shared";
    private static final String GROW = "grow";

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
        return new ReadOnlyArray(new Object[]{SIZE, SHARED, GROW});
    }

    @ExportMessage
    boolean isMemberReadable(String member) {
        return SIZE.equals(member) || SHARED.equals(member);
    }

    @ExportMessage
    boolean isMemberInvocable(String member) {
        return GROW.equals(member) || SIZE.equals(member);
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
    Object invokeMember(String member, Object[] arguments) throws UnknownIdentifierException, ArityException, UnsupportedTypeException {
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

    @Override
    String displayString() {
        return "wasm " + memory;
    }
}
