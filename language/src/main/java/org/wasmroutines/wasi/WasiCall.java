package org.wasmroutines.wasi;

/**
 * One call of a WASI function: its arguments (wasm values: {@code Integer} for i32,
 * {@code Long} for i64), the program's {@link WasiEnvironment} and, on demand, its memory.
 */
final class WasiCall {
    private final WasiModule module;
    private final Object[] args;
    final WasiEnvironment env;

    /** @param args the call's wasm arguments (the call frame without argument 0) */
    WasiCall(WasiModule module, Object[] args) {
        this.module = module;
        this.args = args;
        this.env = module.environment();
    }

    int i32(int k) {
        return (Integer) args[k];
    }

    /** An i32 argument read as unsigned: pointers, lengths, counts. */
    long u32(int k) {
        return Integer.toUnsignedLong((Integer) args[k]);
    }

    long i64(int k) {
        return (Long) args[k];
    }

    /** The descriptor numbered by argument {@code k}, or {@link Errno#BADF}. */
    Descriptor fd(int k) {
        return env.fds.get(i32(k));
    }

    /** The directory descriptor numbered by argument {@code k}: {@link Errno#NOTDIR} for another kind. */
    DirectoryDescriptor dir(int k) {
        if (fd(k) instanceof DirectoryDescriptor dir) {
            return dir;
        }
        throw new ErrnoException(Errno.NOTDIR);
    }

    /** The file descriptor numbered by argument {@code k}: other kinds fail with {@code otherwise}. */
    FileDescriptor file(int k, Errno otherwise) {
        Descriptor d = fd(k);
        if (d instanceof FileDescriptor file) {
            return file;
        }
        throw new ErrnoException(otherwise);
    }

    GuestMemory memory() {
        return module.memory();
    }

    /** The UTF-8 string at pointer argument {@code ptr} with the length in argument {@code ptr + 1}. */
    String string(int ptr) {
        return memory().string(u32(ptr), u32(ptr + 1));
    }

    WasiModule module() {
        return module;
    }
}
