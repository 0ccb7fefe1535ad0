package org.wasmroutines.wasi;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code path_readlink(fd, path, path_len, buf, buf_len, bufused_ptr)}: the text of a symbolic
 * link, cut to the buffer as POSIX {@code readlink} does; not a link is {@link Errno#INVAL}.
 *
 * @see <a href="https://github.com/WebAssembly/WASI/blob/main/legacy/preview1/docs.md#path_readlink">path_readlink</a>
 */
final class WasiPathReadlinkNode extends WasiNode {
    WasiPathReadlinkNode() {
        super("path_readlink", "iiiiii");
    }

    @Override
    int call(WasiCall c) throws IOException {
        DirectoryDescriptor dir = c.dir(0);
        dir.require(Rights.PATH_READLINK);
        SandboxPath link = SandboxPath.resolve(dir, c.string(1), false);
        switch (link.kind()) {
            case MISSING -> {
                return Errno.NOENT.code();
            }
            case SYMLINK -> {
            }
            default -> {
                return Errno.INVAL.code();
            }
        }
        byte[] text = link.file().readSymbolicLink().getPath().getBytes(StandardCharsets.UTF_8);
        int n = (int) Math.min(text.length, c.u32(4));
        GuestMemory memory = c.memory();
        memory.putBytes(c.u32(3), text, 0, n);
        memory.putI32(c.u32(5), n);
        return success();
    }
}
