package org.wasmroutines.binary;

import org.wasmroutines.errors.Failure;
import org.wasmroutines.errors.WasmException;
import org.wasmroutines.syntax.GlobalType;
import org.wasmroutines.syntax.Limits;
import org.wasmroutines.syntax.MemoryType;
import org.wasmroutines.syntax.TableType;

/**
 * Decodes table, memory and global types.
 *
 * @see <a href="https://webassembly.github.io/spec/core/binary/types.html">Binary types</a>
 */
final class TypeDecoder {
    private TypeDecoder() {
    }

    /** @see <a href="https://webassembly.github.io/spec/core/binary/types.html#table-types">Table types</a> */
    static TableType tableType(BinaryReader in) {
        byte elemType = InstructionScanner.readReferenceType(in);
        // tables have a one-bit flag field: only "has maximum"
        return new TableType(elemType, limits(in, 1));
    }

    /**
     * Memory limits have a two-bit flag field: bit 0 "has maximum", bit 1 "shared" (threads).
     *
     * @see <a href="https://webassembly.github.io/spec/core/binary/types.html#memory-types">Memory types</a>
     * @see <a href="https://github.com/WebAssembly/threads/blob/main/proposals/threads/Overview.md#spec-changes">Shared memory flag</a>
     */
    static MemoryType memoryType(BinaryReader in) {
        return new MemoryType(limits(in, 2));
    }

    /** Limits whose flags are an unsigned LEB128 number of {@code flagBits} bits. */
    private static Limits limits(BinaryReader in, int flagBits) {
        int flags = (int) in.readUnsigned(flagBits);
        long min = in.readUnsigned(32);
        long max = (flags & 1) != 0 ? in.readUnsigned(32) : Limits.NO_MAX;
        return new Limits(min, max, (flags & 2) != 0);
    }

    /** @see <a href="https://webassembly.github.io/spec/core/binary/types.html#global-types">Global types</a> */
    static GlobalType globalType(BinaryReader in) {
        byte valType = InstructionScanner.readValueType(in);
        int mutability = in.readByte();
        if (mutability > 1) {
            throw WasmException.create(Failure.MALFORMED_MUTABILITY);
        }
        return new GlobalType(valType, mutability == 1);
    }
}
