package org.wasmroutines.wasi;

/**
 * {@code random_get(buf, buf_len)}: fills the buffer with random bytes.
 *
 * @see <a href="https://github.com/WebAssembly/WASI/blob/main/legacy/preview1/docs.md#random_get">random_get</a>
 */
final class WasiRandomGetNode extends WasiNode {
    /** Bytes drawn at a time, so that a huge request does not allocate a huge array. */
    private static final int CHUNK = 64 * 1024;

    WasiRandomGetNode() {
        super("random_get", "ii");
    }

    @Override
    int call(WasiCall c) {
        GuestMemory memory = c.memory();
        long ptr = c.u32(0);
        long length = c.u32(1);
        memory.window(ptr, length); // EFAULT before writing anything
        byte[] chunk = new byte[(int) Math.min(CHUNK, length)];
        for (long done = 0; done < length; done += chunk.length) {
            int n = (int) Math.min(chunk.length, length - done);
            c.env.random.fill(chunk);
            memory.putBytes(ptr + done, chunk, 0, n);
        }
        return success();
    }
}
