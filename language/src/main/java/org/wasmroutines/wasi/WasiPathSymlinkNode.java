package org.wasmroutines.wasi;

import java.io.IOException;

/**
 * {@code path_symlink(old_path, old_path_len, fd, new_path, new_path_len)}: creates a symbolic
 * link whose text is {@code old_path}. Links are only ever followed by {@link SandboxPath},
 * which keeps them inside the preopen; still, a link that could only point outside (an absolute
 * target, or more {@code ..} than the link's depth below the preopen) is refused with
 * {@link Errno#NOTCAPABLE} at creation, so the host's own tools never meet one either.
 *
 * @see <a href="https://github.com/WebAssembly/WASI/blob/main/legacy/preview1/docs.md#path_symlink">path_symlink</a>
 */
final class WasiPathSymlinkNode extends WasiNode {
    WasiPathSymlinkNode() {
        super("path_symlink", "iiiii");
    }

    @Override
    int call(WasiCall c) throws IOException {
        String linkText = c.string(0);
        DirectoryDescriptor dir = c.dir(2);
        dir.require(Rights.PATH_SYMLINK);
        SandboxPath link = SandboxPath.resolve(dir, c.string(3), false);
        String name = link.requireName(Errno.EXIST);
        if (link.kind() != SandboxPath.Kind.MISSING) {
            return Errno.EXIST.code();
        }
        if (linkText.isEmpty()) {
            return Errno.NOENT.code();
        }
        if (escapes(link.parent.size(), linkText)) {
            return Errno.NOTCAPABLE.code();
        }
        link.parentFile().resolve(name).createSymbolicLink(c.env.linkText(linkText));
        return success();
    }

    /** Whether {@code text}, read lexically from a directory {@code depth} levels below the preopen, leaves it. */
    static boolean escapes(int depth, String text) {
        if (text.startsWith("/")) {
            return true;
        }
        int level = depth;
        for (String part : text.split("/")) {
            if (part.equals("..")) {
                if (--level < 0) {
                    return true;
                }
            } else if (!part.isEmpty() && !part.equals(".")) {
                level++;
            }
        }
        return false;
    }
}
