package org.wasmroutines.validation;

import org.wasmroutines.errors.Failure;
import org.wasmroutines.errors.WasmException;
import org.wasmroutines.syntax.Limits;
import org.wasmroutines.syntax.MemoryType;
import org.wasmroutines.syntax.TableType;

/**
 * Validity of table and memory types (their limits, and the threads proposal's shared memories).
 *
 * @see <a href="https://webassembly.github.io/spec/core/valid/types.html">Type validation</a>
 */
final class TypeRules {
    /** 65536 pages of 64 KiB: 4 GiB, the whole 32-bit address space. */
    static final long MAX_MEMORY_PAGES = 65536;
    static final long MAX_TABLE_SIZE = 0xFFFF_FFFFL;

    private TypeRules() {
    }

    /** @see <a href="https://webassembly.github.io/spec/core/valid/types.html#table-types">Table types</a> */
    static void table(TableType type) {
        limits(type.limits(), MAX_TABLE_SIZE, Failure.TABLE_SIZE_TOO_LARGE);
    }

    /**
     * @see <a href="https://webassembly.github.io/spec/core/valid/types.html#memory-types">Memory types</a>
     * @see <a href="https://github.com/WebAssembly/threads/blob/main/proposals/threads/Overview.md#shared-linear-memory">Shared memory needs a maximum</a>
     */
    static void memory(MemoryType type) {
        limits(type.limits(), MAX_MEMORY_PAGES, Failure.MEMORY_SIZE_TOO_LARGE);
        if (type.shared() && !type.limits().hasMax()) {
            throw WasmException.create(Failure.SHARED_MEMORY_NEEDS_MAX);
        }
    }

    /** @see <a href="https://webassembly.github.io/spec/core/valid/types.html#limits">Limits</a> */
    private static void limits(Limits limits, long bound, Failure tooLarge) {
        if (Long.compareUnsigned(limits.min(), bound) > 0 || (limits.hasMax() && Long.compareUnsigned(limits.max(), bound) > 0)) {
            throw WasmException.create(tooLarge);
        }
        if (limits.hasMax() && limits.min() > limits.max()) {
            throw WasmException.create(Failure.SIZE_MIN_GREATER_THAN_MAX);
        }
    }
}
