package org.wasmroutines.wasi;

import java.util.List;

/**
 * The layout {@code args_get} and {@code environ_get} share with C's {@code argv}: an array of
 * u32 pointers, and a buffer of NUL-terminated strings they point into.
 */
final class CStringArray {
    private CStringArray() {
    }

    static void writeSizes(GuestMemory memory, List<byte[]> strings, long countPtr, long bufferSizePtr) {
        long size = 0;
        for (byte[] s : strings) {
            size += s.length + 1;
        }
        memory.putI32(countPtr, strings.size());
        memory.putI32(bufferSizePtr, (int) size);
    }

    static void write(GuestMemory memory, List<byte[]> strings, long pointers, long buffer) {
        long next = buffer;
        for (int i = 0; i < strings.size(); i++) {
            byte[] s = strings.get(i);
            memory.putI32(pointers + 4L * i, (int) next);
            memory.putBytes(next, s, 0, s.length);
            memory.putU8(next + s.length, 0);
            next += s.length + 1;
        }
    }
}
