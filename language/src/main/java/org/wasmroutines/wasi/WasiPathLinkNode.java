package org.wasmroutines.wasi;

import java.io.IOException;

/**
 * {@code path_link(old_fd, old_flags, old_path, old_path_len, new_fd, new_path, new_path_len)}:
 * a hard link; both paths resolve inside their preopens, the old one follows a final link only
 * with {@code symlink_follow}. Directories cannot be linked ({@link Errno#PERM}), an existing new
 * path is {@link Errno#EXIST}.
 *
 * @see <a href="https://github.com/WebAssembly/WASI/blob/main/legacy/preview1/docs.md#path_link">path_link</a>
 */
final class WasiPathLinkNode extends WasiNode {
    WasiPathLinkNode() {
        super("path_link", "iiiiiii");
    }

    @Override
    int call(WasiCall c) throws IOException {
        DirectoryDescriptor oldDir = c.dir(0);
        DirectoryDescriptor newDir = c.dir(4);
        oldDir.require(Rights.PATH_LINK_SOURCE);
        newDir.require(Rights.PATH_LINK_TARGET);
        boolean follow = (c.i32(1) & WasiFlags.LOOKUP_SYMLINK_FOLLOW) != 0;
        SandboxPath from = SandboxPath.resolve(oldDir, c.string(2), follow);
        SandboxPath to = SandboxPath.resolve(newDir, c.string(5), false);
        switch (from.kind()) {
            case MISSING -> {
                return Errno.NOENT.code();
            }
            case DIRECTORY -> {
                return Errno.PERM.code();
            }
            default -> {
            }
        }
        String name = to.requireName(Errno.EXIST);
        if (to.kind() != SandboxPath.Kind.MISSING) {
            return Errno.EXIST.code();
        }
        to.parentFile().resolve(name).createLink(from.file());
        return success();
    }
}
