package org.wasmroutines.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import java.util.Arrays;
import org.wasmroutines.errors.Failure;
import org.wasmroutines.errors.WasmException;
import org.wasmroutines.syntax.Limits;

/**
 * A table of references ({@link WasmFunction}, host objects or {@link WasmNull#NULL}; never Java
 * {@code null}). Indices are unsigned 32-bit values passed as non-negative {@code long}s; an
 * index outside the table traps with "out of bounds table access".
 *
 * <p>The engine caps a table at {@link #DEFAULT_ELEMENT_LIMIT} elements (option
 * {@code wasmroutines.MaxTableSize}); growing beyond returns -1.
 *
 * @see <a href="https://webassembly.github.io/spec/core/exec/runtime.html#table-instances">Table instances</a>
 */
public final class WasmTable {
    public static final int DEFAULT_ELEMENT_LIMIT = 10_000_000;

    private final byte elemType;
    private final long declaredMax;
    private final int elementLimit;
    private Object[] elements;

    /**
     * @param declaredMax the type's maximum or {@link Limits#NO_MAX}
     * @param elementLimit the engine's limit on this table's size
     */
    public WasmTable(byte elemType, long initialSize, long declaredMax, Object init, int elementLimit) {
        long limit = Math.min(elementLimit, Integer.MAX_VALUE - 8);
        if (declaredMax != Limits.NO_MAX) {
            limit = Math.min(limit, declaredMax);
        }
        if (initialSize > limit) {
            throw WasmException.of(Failure.Kind.EXHAUSTION, "table of " + initialSize + " elements exceeds the engine's limit of " + limit + " elements");
        }
        this.elemType = elemType;
        this.declaredMax = declaredMax;
        this.elementLimit = (int) limit;
        this.elements = new Object[(int) initialSize];
        Arrays.fill(elements, init);
    }

    public WasmTable(byte elemType, long initialSize, long declaredMax) {
        this(elemType, initialSize, declaredMax, WasmNull.NULL, DEFAULT_ELEMENT_LIMIT);
    }

    /** {@code ValType.FUNCREF} or {@code ValType.EXTERNREF}. */
    public byte elemType() {
        return elemType;
    }

    public int size() {
        return elements.length;
    }

    /** The maximum of the table's type, or {@link Limits#NO_MAX}. */
    public long maxSize() {
        return declaredMax;
    }

    /** The limits of this table's current type (minimum = current size), for import matching. */
    public Limits limits() {
        return new Limits(size(), declaredMax, false);
    }

    /**
     * The elements, for {@code call_indirect}'s lookup, which has its own trap messages: one
     * unsigned compare against the array read once lets the compiler drop the array's own bounds
     * check. Replaced by {@link #grow}; never written through by the caller.
     */
    public Object[] elements() {
        return elements;
    }

    public Object get(Node location, long index) {
        Object[] e = elements;
        if (index < 0 || index >= e.length) {
            throw outOfBounds(location);
        }
        return e[(int) index];
    }

    public void set(Node location, long index, Object ref) {
        Object[] e = elements;
        if (index < 0 || index >= e.length) {
            throw outOfBounds(location);
        }
        e[(int) index] = ref;
    }

    @TruffleBoundary
    static WasmException outOfBounds(Node location) {
        return WasmException.trap(Failure.OUT_OF_BOUNDS_TABLE_ACCESS, location);
    }

    /**
     * Grows by {@code delta} (unsigned) elements set to {@code init}; returns the old size or -1.
     *
     * @see <a href="https://webassembly.github.io/spec/core/exec/modules.html#growing-tables">Growing tables</a>
     */
    @TruffleBoundary
    public int grow(int delta, Object init) {
        int old = elements.length;
        long newSize = old + Integer.toUnsignedLong(delta);
        if (newSize > elementLimit) {
            return -1;
        }
        if (delta != 0) {
            Object[] grown;
            try {
                grown = Arrays.copyOf(elements, (int) newSize);
            } catch (OutOfMemoryError e) {
                return -1;
            }
            Arrays.fill(grown, old, grown.length, init);
            elements = grown;
        }
        return old;
    }

    private boolean inBounds(long start, long n) {
        return start >= 0 && n >= 0 && start + n <= elements.length;
    }

    /** {@code table.fill}: traps before writing if the range is out of bounds. */
    @TruffleBoundary
    public void fill(Node location, long i, Object ref, long n) {
        if (!inBounds(i, n)) {
            throw outOfBounds(location);
        }
        Arrays.fill(elements, (int) i, (int) (i + n), ref);
    }

    /** {@code table.copy} from {@code src} (possibly this table) into this table. */
    @TruffleBoundary
    public void copy(Node location, WasmTable src, long dst, long srcIndex, long n) {
        if (!inBounds(dst, n) || !src.inBounds(srcIndex, n)) {
            throw outOfBounds(location);
        }
        System.arraycopy(src.elements, (int) srcIndex, elements, (int) dst, (int) n);
    }

    /** {@code table.init} and active element segments: {@code elems[src, src + n)} to {@code dst}. */
    @TruffleBoundary
    public void init(Node location, long dst, Object[] elems, long src, long n) {
        if (!inBounds(dst, n) || src < 0 || n < 0 || src + n > elems.length) {
            throw outOfBounds(location);
        }
        System.arraycopy(elems, (int) src, elements, (int) dst, (int) n);
    }

    @Override
    public String toString() {
        return "table[" + size() + "]";
    }
}
