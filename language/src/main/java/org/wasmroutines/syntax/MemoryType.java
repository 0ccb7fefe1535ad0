package org.wasmroutines.syntax;

/** A memory type: limits in pages, possibly shared. */
public record MemoryType(Limits limits) {
    public boolean shared() {
        return limits.shared();
    }
}
