package org.wasmroutines.runtime;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.memory.ByteArraySupport;
import com.oracle.truffle.api.nodes.Node;
import java.lang.reflect.Field;
import java.nio.ByteOrder;
import org.wasmroutines.errors.Failure;
import org.wasmroutines.errors.WasmException;
import org.wasmroutines.syntax.Limits;
import sun.misc.Unsafe;

/**
 * A linear memory, backed by one {@code byte[]} that {@link #grow} replaces. Every access takes
 * the effective address (address + offset, both unsigned 32-bit, so at most 2^33) as a
 * non-negative {@code long}, checks it against the current size and traps with "out of bounds
 * memory access"; the check is explicit so the array access after it never fails.
 *
 * <p>A Java array holds less than 2 GiB, so a memory has at most {@link #ARRAY_PAGE_LIMIT} pages
 * (fewer with the {@code wasmroutines.MaxMemoryPages} option); growing beyond returns -1, which
 * the spec allows for any reason.
 *
 * @see <a href="https://webassembly.github.io/spec/core/exec/runtime.html#memory-instances">Memory instances</a>
 */
public final class WasmMemory {
    public static final int PAGE_SIZE = 65536;
    /** The most pages a {@code byte[]} can hold. */
    public static final int ARRAY_PAGE_LIMIT = Integer.MAX_VALUE / PAGE_SIZE;

    static final ByteArraySupport LE = ByteArraySupport.littleEndian();
    private static final Unsafe UNSAFE = unsafe();
    private static final long BASE = Unsafe.ARRAY_BYTE_BASE_OFFSET;
    private static final boolean BIG_ENDIAN = ByteOrder.nativeOrder() == ByteOrder.BIG_ENDIAN;

    private byte[] buffer;
    private final long declaredMax;
    private final int pageLimit;
    private final boolean shared;

    /**
     * @param declaredMax the type's maximum in pages or {@link Limits#NO_MAX}
     * @param pageLimit the engine's limit on this memory's size in pages
     */
    public WasmMemory(long initialPages, long declaredMax, boolean shared, int pageLimit) {
        long limit = Math.min(pageLimit, ARRAY_PAGE_LIMIT);
        if (declaredMax != Limits.NO_MAX) {
            limit = Math.min(limit, declaredMax);
        }
        if (initialPages > limit) {
            throw WasmException.of(Failure.Kind.EXHAUSTION, "memory of " + initialPages + " pages exceeds the engine's limit of " + limit + " pages");
        }
        this.buffer = new byte[(int) initialPages * PAGE_SIZE];
        this.declaredMax = declaredMax;
        this.pageLimit = (int) limit;
        this.shared = shared;
    }

    public WasmMemory(long initialPages, long declaredMax, boolean shared) {
        this(initialPages, declaredMax, shared, ARRAY_PAGE_LIMIT);
    }

    /** The current backing array; replaced by {@link #grow}, so do not keep it across calls. */
    public byte[] buffer() {
        return buffer;
    }

    /** The current size in pages. */
    public int size() {
        return buffer.length / PAGE_SIZE;
    }

    public long byteSize() {
        return buffer.length;
    }

    public boolean shared() {
        return shared;
    }

    /** The maximum of the memory's type in pages, or {@link Limits#NO_MAX}: what import matching compares. */
    public long maxPages() {
        return declaredMax;
    }

    /** The limits of this memory's current type (minimum = current size), for import matching. */
    public Limits limits() {
        return new Limits(size(), declaredMax, shared);
    }

    /**
     * Grows by {@code deltaPages} (unsigned) and returns the old size in pages, or -1 if the
     * memory cannot grow that much. New pages are zero.
     *
     * @see <a href="https://webassembly.github.io/spec/core/exec/modules.html#growing-memories">Growing memories</a>
     */
    @TruffleBoundary
    public int grow(int deltaPages) {
        int old = size();
        long newSize = old + Integer.toUnsignedLong(deltaPages);
        if (newSize > pageLimit) {
            return -1;
        }
        if (deltaPages != 0) {
            byte[] grown;
            try {
                grown = new byte[(int) newSize * PAGE_SIZE];
            } catch (OutOfMemoryError e) {
                return -1;
            }
            System.arraycopy(buffer, 0, grown, 0, buffer.length);
            buffer = grown;
        }
        return old;
    }

    /**
     * Traps unless {@code [addr, addr + length)} is inside the memory; returns the array to access.
     * The comparison is written exactly as {@link ByteArraySupport}'s own check (in {@code long},
     * against {@code (long) b.length - length}), so the compiler sees one condition and drops the
     * second check; a differently written but equivalent test would be kept twice. The atomics
     * use it; plain loads and stores have {@link BoundsCheckNode}.
     */
    byte[] checked(Node location, long addr, int length) {
        byte[] b = buffer;
        if (addr < 0 || addr > (long) b.length - length) {
            throw outOfBounds(location);
        }
        return b;
    }

    @TruffleBoundary
    static WasmException outOfBounds(Node location) {
        return WasmException.trap(Failure.OUT_OF_BOUNDS_MEMORY_ACCESS, location);
    }

    // The accessors take the instruction's bounds check and the effective address. Wasm
    // memory is little-endian; Unsafe accesses use the machine's order.

    public byte load8(BoundsCheckNode check, long addr) {
        return UNSAFE.getByte(check.array(this, addr, 1), BASE + addr);
    }

    public short load16(BoundsCheckNode check, long addr) {
        short v = UNSAFE.getShort(check.array(this, addr, 2), BASE + addr);
        return BIG_ENDIAN ? Short.reverseBytes(v) : v;
    }

    public int load32(BoundsCheckNode check, long addr) {
        int v = UNSAFE.getInt(check.array(this, addr, 4), BASE + addr);
        return BIG_ENDIAN ? Integer.reverseBytes(v) : v;
    }

    public long load64(BoundsCheckNode check, long addr) {
        long v = UNSAFE.getLong(check.array(this, addr, 8), BASE + addr);
        return BIG_ENDIAN ? Long.reverseBytes(v) : v;
    }

    public void store8(BoundsCheckNode check, long addr, byte value) {
        UNSAFE.putByte(check.array(this, addr, 1), BASE + addr, value);
    }

    public void store16(BoundsCheckNode check, long addr, short value) {
        UNSAFE.putShort(check.array(this, addr, 2), BASE + addr, BIG_ENDIAN ? Short.reverseBytes(value) : value);
    }

    public void store32(BoundsCheckNode check, long addr, int value) {
        UNSAFE.putInt(check.array(this, addr, 4), BASE + addr, BIG_ENDIAN ? Integer.reverseBytes(value) : value);
    }

    public void store64(BoundsCheckNode check, long addr, long value) {
        UNSAFE.putLong(check.array(this, addr, 8), BASE + addr, BIG_ENDIAN ? Long.reverseBytes(value) : value);
    }

    /** True if {@code [start, start + n)} lies inside the memory (both unsigned, n may be 0). */
    private boolean inBounds(long start, long n) {
        return start >= 0 && n >= 0 && start + n <= buffer.length;
    }

    /**
     * {@code memory.fill}: traps before writing anything if the range is out of bounds.
     *
     * @see <a href="https://webassembly.github.io/spec/core/exec/instructions.html#xref-syntax-instructions-syntax-instr-memory-mathsf-memory-fill">memory.fill</a>
     */
    @TruffleBoundary
    public void fill(Node location, long dst, byte value, long n) {
        if (!inBounds(dst, n)) {
            throw outOfBounds(location);
        }
        java.util.Arrays.fill(buffer, (int) dst, (int) (dst + n), value);
    }

    /**
     * {@code memory.copy} within this memory; overlapping ranges copy as if through a temporary.
     *
     * @see <a href="https://webassembly.github.io/spec/core/exec/instructions.html#xref-syntax-instructions-syntax-instr-memory-mathsf-memory-copy">memory.copy</a>
     */
    @TruffleBoundary
    public void copy(Node location, long dst, long src, long n) {
        if (!inBounds(dst, n) || !inBounds(src, n)) {
            throw outOfBounds(location);
        }
        System.arraycopy(buffer, (int) src, buffer, (int) dst, (int) n);
    }

    /**
     * {@code memory.init} and active data segments: copies {@code data[src, src + n)} to
     * {@code dst}, trapping before writing if either range is out of bounds.
     *
     * @see <a href="https://webassembly.github.io/spec/core/exec/instructions.html#xref-syntax-instructions-syntax-instr-memory-mathsf-memory-init-x">memory.init</a>
     */
    @TruffleBoundary
    public void init(Node location, long dst, byte[] data, long src, long n) {
        if (!inBounds(dst, n) || src < 0 || src + n > data.length) {
            throw outOfBounds(location);
        }
        System.arraycopy(data, (int) src, buffer, (int) dst, (int) n);
    }

    private static Unsafe unsafe() {
        try {
            Field field = Unsafe.class.getDeclaredField("theUnsafe");
            field.setAccessible(true);
            return (Unsafe) field.get(null);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @Override
    public String toString() {
        return "memory[" + size() + " pages" + (shared ? ", shared" : "") + "]";
    }
}
