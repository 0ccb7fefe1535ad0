package org.wasmroutines.syntax;

/**
 * Size limits of a memory (in 64 KiB pages) or table (in elements). {@code max} is
 * {@link #NO_MAX} when absent. {@code shared} only ever holds for memories (threads proposal).
 *
 * @see <a href="https://webassembly.github.io/spec/core/syntax/types.html#limits">Limits</a>
 */
public record Limits(long min, long max, boolean shared) {
    public static final long NO_MAX = -1;

    public boolean hasMax() {
        return max != NO_MAX;
    }
}
