package org.wasmroutines.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.memory.ByteArraySupport;
import com.oracle.truffle.api.nodes.Node;
import org.wasmroutines.errors.Failure;
import org.wasmroutines.errors.WasmException;

/**
 * The atomic memory accesses of the threads proposal: sequentially consistent loads, stores,
 * read-modify-writes and compare-exchange of 1, 2, 4 or 8 bytes. The address must be a multiple of
 * the access size ("unaligned atomic", checked first, as the reference interpreter does) and inside
 * the memory ("out of bounds memory access"). Values are passed and returned zero-extended in a
 * {@code long}; a node wraps them to its type. {@code bytes} and {@code op} are constants of the
 * calling node, so partial evaluation folds the switches.
 *
 * @see <a href="https://github.com/WebAssembly/threads/blob/main/proposals/threads/Overview.md">Threads proposal</a>
 */
public final class MemoryAtomics {
    private static final ByteArraySupport LE = WasmMemory.LE;

    // The read-modify-write operations ({@code i32.atomic.rmw.add} ...): int constants rather
    // than an enum, because a switch over an enum reads a lookup array partial evaluation cannot fold.
    public static final int ADD = 0;
    public static final int SUB = 1;
    public static final int AND = 2;
    public static final int OR = 3;
    public static final int XOR = 4;
    public static final int XCHG = 5;

    private MemoryAtomics() {
    }

    private static byte[] checked(WasmMemory memory, Node location, long addr, int bytes) {
        if ((addr & (bytes - 1)) != 0) {
            throw unaligned(location);
        }
        return memory.checked(location, addr, bytes);
    }

    @TruffleBoundary
    private static WasmException unaligned(Node location) {
        return WasmException.trap(Failure.UNALIGNED_ATOMIC, location);
    }

    public static long load(WasmMemory memory, Node location, long addr, int bytes) {
        byte[] b = checked(memory, location, addr, bytes);
        return switch (bytes) {
            case 1 -> LE.getByteVolatile(b, addr) & 0xFFL;
            case 2 -> LE.getShortVolatile(b, addr) & 0xFFFFL;
            case 4 -> LE.getIntVolatile(b, addr) & 0xFFFF_FFFFL;
            default -> LE.getLongVolatile(b, addr);
        };
    }

    public static void store(WasmMemory memory, Node location, long addr, int bytes, long value) {
        byte[] b = checked(memory, location, addr, bytes);
        switch (bytes) {
            case 1 -> LE.putByteVolatile(b, addr, (byte) value);
            case 2 -> LE.putShortVolatile(b, addr, (short) value);
            case 4 -> LE.putIntVolatile(b, addr, (int) value);
            default -> LE.putLongVolatile(b, addr, value);
        }
    }

    /** Applies {@code op} (one of {@link #ADD} ... {@link #XCHG}) with {@code operand} atomically and returns the old value (zero-extended). */
    public static long readModifyWrite(WasmMemory memory, Node location, long addr, int bytes, int op, long operand) {
        byte[] b = checked(memory, location, addr, bytes);
        return switch (bytes) {
            case 1 -> rmw8(b, addr, op, (byte) operand) & 0xFFL;
            case 2 -> rmw16(b, addr, op, (short) operand) & 0xFFFFL;
            case 4 -> rmw32(b, addr, op, (int) operand) & 0xFFFF_FFFFL;
            default -> rmw64(b, addr, op, operand);
        };
    }

    private static byte rmw8(byte[] b, long addr, int op, byte v) {
        return switch (op) {
            case ADD -> LE.getAndAddByte(b, addr, v);
            case SUB -> LE.getAndAddByte(b, addr, (byte) -v);
            case AND -> LE.getAndBitwiseAndByte(b, addr, v);
            case OR -> LE.getAndBitwiseOrByte(b, addr, v);
            case XOR -> LE.getAndBitwiseXorByte(b, addr, v);
            default -> LE.getAndSetByte(b, addr, v);
        };
    }

    private static short rmw16(byte[] b, long addr, int op, short v) {
        return switch (op) {
            case ADD -> LE.getAndAddShort(b, addr, v);
            case SUB -> LE.getAndAddShort(b, addr, (short) -v);
            case AND -> LE.getAndBitwiseAndShort(b, addr, v);
            case OR -> LE.getAndBitwiseOrShort(b, addr, v);
            case XOR -> LE.getAndBitwiseXorShort(b, addr, v);
            default -> LE.getAndSetShort(b, addr, v);
        };
    }

    private static int rmw32(byte[] b, long addr, int op, int v) {
        return switch (op) {
            case ADD -> LE.getAndAddInt(b, addr, v);
            case SUB -> LE.getAndAddInt(b, addr, -v);
            case AND -> LE.getAndBitwiseAndInt(b, addr, v);
            case OR -> LE.getAndBitwiseOrInt(b, addr, v);
            case XOR -> LE.getAndBitwiseXorInt(b, addr, v);
            default -> LE.getAndSetInt(b, addr, v);
        };
    }

    private static long rmw64(byte[] b, long addr, int op, long v) {
        return switch (op) {
            case ADD -> LE.getAndAddLong(b, addr, v);
            case SUB -> LE.getAndAddLong(b, addr, -v);
            case AND -> LE.getAndBitwiseAndLong(b, addr, v);
            case OR -> LE.getAndBitwiseOrLong(b, addr, v);
            case XOR -> LE.getAndBitwiseXorLong(b, addr, v);
            default -> LE.getAndSetLong(b, addr, v);
        };
    }

    /**
     * {@code atomic.rmw.cmpxchg}: stores {@code replacement} if the current value equals
     * {@code expected} wrapped to the access size; returns the old value (zero-extended).
     */
    public static long compareExchange(WasmMemory memory, Node location, long addr, int bytes, long expected, long replacement) {
        byte[] b = checked(memory, location, addr, bytes);
        return switch (bytes) {
            case 1 -> LE.compareAndExchangeByte(b, addr, (byte) expected, (byte) replacement) & 0xFFL;
            case 2 -> LE.compareAndExchangeShort(b, addr, (short) expected, (short) replacement) & 0xFFFFL;
            case 4 -> LE.compareAndExchangeInt(b, addr, (int) expected, (int) replacement) & 0xFFFF_FFFFL;
            default -> LE.compareAndExchangeLong(b, addr, expected, replacement);
        };
    }
}
