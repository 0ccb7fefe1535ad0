package org.wasmroutines.wasi;

import com.oracle.truffle.api.TruffleFile;
import java.io.IOException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A guest path resolved inside the preopen of a directory descriptor: the capability sandbox.
 *
 * <p>The path is walked one component at a time from the preopen, through the descriptor's
 * components and then the path's, never handed to
 * the host as a joined string: {@code .} is skipped, {@code ..} pops a component and fails with
 * {@link Errno#NOTCAPABLE} when it would leave the preopen, an absolute path fails the same way,
 * every intermediate component is looked at without following links ({@code lstat}) and must be
 * a directory, and a symbolic link is read and its target's components are put in front of the
 * rest, relative to the link's directory, so they are checked by the same rules (an absolute
 * target is an escape). More than {@link #MAX_SYMLINKS} links in one resolution is
 * {@link Errno#LOOP}. The final component is followed only when asked (or when the path ends with
 * a slash), and may be missing, for calls that create it.
 *
 * <p>Known limit: the JVM (and {@code TruffleFile}) has no {@code openat}, so the host operation
 * after the walk takes the checked components as a path again. A concurrent change of the tree
 * between the check and the operation (by another process, or by a second wasm thread of the
 * same program) could swap a checked directory for a link; closing that window needs
 * descriptor-relative host calls ({@code SecureDirectoryStream}) or serializing the program's
 * path operations.
 *
 * @see <a href="https://github.com/WebAssembly/WASI/blob/main/legacy/preview1/docs.md#path_open">path_open</a>
 */
final class SandboxPath {
    /** Linux's limit of symbolic links followed in one path resolution. */
    static final int MAX_SYMLINKS = 40;

    /** The preopened host directory everything resolves in. */
    final TruffleFile root;
    /** The components from {@link #root} to the directory that contains {@link #name}. */
    final List<String> parent;
    /** The final component, or null when the path names the directory {@link #parent} itself. */
    final String name;
    /** The path ended with a slash: what it names must be a directory. */
    final boolean mustBeDirectory;

    private SandboxPath(TruffleFile root, List<String> parent, String name, boolean mustBeDirectory) {
        this.root = root;
        this.parent = parent;
        this.name = name;
        this.mustBeDirectory = mustBeDirectory;
    }

    /**
     * Resolves the guest {@code path} relative to {@code dir}. The directory's own components are
     * walked again first, with the same checks: the host or the program may have replaced one of
     * them by a link since the descriptor was opened, and the host would follow it blindly.
     */
    static SandboxPath resolve(DirectoryDescriptor dir, String path, boolean followLast) {
        if (path.isEmpty()) {
            throw new ErrnoException(Errno.NOENT);
        }
        if (path.indexOf('\0') >= 0) {
            throw new ErrnoException(Errno.INVAL);
        }
        if (path.startsWith("/")) {
            throw new ErrnoException(Errno.NOTCAPABLE);
        }
        boolean trailingSlash = path.endsWith("/");
        Deque<String> pending = new ArrayDeque<>(dir.components);
        pending.addAll(split(path));
        return walk(dir.root, pending, followLast || trailingSlash, trailingSlash);
    }

    /**
     * The place {@code components} below {@code root} names now, checked as
     * {@link #resolve} checks a path: how an open descriptor finds its file or directory again.
     */
    static SandboxPath locate(TruffleFile root, List<String> components, boolean followLast) {
        return walk(root, new ArrayDeque<>(components), followLast, false);
    }

    private static SandboxPath walk(TruffleFile root, Deque<String> pending, boolean follow, boolean trailingSlash) {
        List<String> stack = new ArrayList<>();
        int links = 0;
        while (!pending.isEmpty()) {
            String component = pending.pollFirst();
            boolean last = pending.isEmpty();
            if (component.equals(".")) {
                continue;
            }
            if (component.equals("..")) {
                if (stack.isEmpty()) {
                    throw new ErrnoException(Errno.NOTCAPABLE);
                }
                stack.remove(stack.size() - 1);
                continue;
            }
            TruffleFile file = file(root, stack).resolve(component);
            Kind kind = kindOf(file);
            if (last && (!follow || kind != Kind.SYMLINK)) {
                return new SandboxPath(root, stack, component, trailingSlash);
            }
            switch (kind) {
                case MISSING -> throw new ErrnoException(Errno.NOENT);
                case SYMLINK -> {
                    if (++links > MAX_SYMLINKS) {
                        throw new ErrnoException(Errno.LOOP);
                    }
                    String target = linkTarget(file);
                    if (target.isEmpty()) {
                        throw new ErrnoException(Errno.NOENT);
                    }
                    if (target.startsWith("/")) {
                        throw new ErrnoException(Errno.NOTCAPABLE);
                    }
                    List<String> parts = split(target);
                    for (int i = parts.size() - 1; i >= 0; i--) {
                        pending.addFirst(parts.get(i));
                    }
                }
                case DIRECTORY -> stack.add(component);
                case OTHER -> throw new ErrnoException(Errno.NOTDIR);
            }
        }
        // the path ended in "." or ".." (or a link to them): it names a directory on the stack
        return new SandboxPath(root, stack, null, trailingSlash);
    }

    /** The components of a relative path without empty ones; "a//b/" is [a, b]. */
    private static List<String> split(String path) {
        List<String> parts = new ArrayList<>();
        for (String part : path.split("/")) {
            if (!part.isEmpty()) {
                parts.add(part);
            }
        }
        if (parts.isEmpty()) {
            parts.add(".");
        }
        return parts;
    }

    enum Kind {
        MISSING, SYMLINK, DIRECTORY, OTHER
    }

    /** What {@code file} is, without following a symbolic link ({@code lstat}). */
    static Kind kindOf(TruffleFile file) {
        try {
            TruffleFile.Attributes a = file.getAttributes(List.of(TruffleFile.IS_SYMBOLIC_LINK, TruffleFile.IS_DIRECTORY), LinkOption.NOFOLLOW_LINKS);
            if (a.get(TruffleFile.IS_SYMBOLIC_LINK)) {
                return Kind.SYMLINK;
            }
            return a.get(TruffleFile.IS_DIRECTORY) ? Kind.DIRECTORY : Kind.OTHER;
        } catch (NoSuchFileException e) {
            return Kind.MISSING;
        } catch (IOException e) {
            throw new ErrnoException(HostErrors.errno(e));
        }
    }

    private static String linkTarget(TruffleFile link) {
        try {
            return link.readSymbolicLink().getPath();
        } catch (IOException e) {
            throw new ErrnoException(HostErrors.errno(e));
        }
    }

    /** The host file of checked components below {@code root}, resolved one component at a time. */
    static TruffleFile file(TruffleFile root, List<String> components) {
        TruffleFile file = root;
        for (String component : components) {
            file = file.resolve(component);
        }
        return file;
    }

    /** The directory that contains the final component. */
    TruffleFile parentFile() {
        return file(root, parent);
    }

    /** What the path names (the final component is not followed). */
    TruffleFile file() {
        return name == null ? parentFile() : parentFile().resolve(name);
    }

    /** The components from the preopen to what the path names. */
    List<String> components() {
        List<String> all = new ArrayList<>(parent);
        if (name != null) {
            all.add(name);
        }
        return all;
    }

    Kind kind() {
        return name == null ? Kind.DIRECTORY : kindOf(file());
    }

    /** For calls that create or remove the final component: a path ending in "." or ".." has none. */
    String requireName(Errno otherwise) {
        if (name == null) {
            throw new ErrnoException(otherwise);
        }
        return name;
    }
}
