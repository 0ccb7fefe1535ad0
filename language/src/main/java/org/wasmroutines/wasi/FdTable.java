package org.wasmroutines.wasi;

import java.util.ArrayList;
import java.util.List;

/**
 * The open descriptors of one WASI program, by number. New descriptors take the lowest free
 * number, as POSIX {@code open} does. Guarded by its own monitor because several wasm threads
 * (wasi-threads) share one table; nothing blocks while holding it.
 */
final class FdTable {
    /** Descriptors a program may have open at once, as a per-process limit would. */
    static final int MAX_DESCRIPTORS = 1 << 16;

    private final List<Descriptor> slots = new ArrayList<>();

    synchronized int add(Descriptor descriptor) {
        for (int fd = 0; fd < slots.size(); fd++) {
            if (slots.get(fd) == null) {
                slots.set(fd, descriptor);
                return fd;
            }
        }
        if (slots.size() >= MAX_DESCRIPTORS) {
            throw new ErrnoException(Errno.NFILE);
        }
        slots.add(descriptor);
        return slots.size() - 1;
    }

    /** The descriptor {@code fd} (a u32 from the guest), or {@link Errno#BADF}. */
    synchronized Descriptor get(int fd) {
        if (fd < 0 || fd >= slots.size() || slots.get(fd) == null) {
            throw new ErrnoException(Errno.BADF);
        }
        return slots.get(fd);
    }

    synchronized Descriptor remove(int fd) {
        Descriptor d = get(fd);
        slots.set(fd, null);
        return d;
    }

    /** {@code fd_renumber}: moves {@code from} to {@code to}, returning what {@code to} held (to be closed). */
    synchronized Descriptor renumber(int from, int to) {
        Descriptor moving = get(from);
        Descriptor replaced = get(to);
        if (from == to) {
            return null;
        }
        slots.set(to, moving);
        slots.set(from, null);
        return replaced;
    }

    /** Empties the table and returns what was open, for closing when the program ends. */
    synchronized List<Descriptor> removeAll() {
        List<Descriptor> open = new ArrayList<>();
        for (Descriptor d : slots) {
            if (d != null) {
                open.add(d);
            }
        }
        slots.clear();
        return open;
    }
}
