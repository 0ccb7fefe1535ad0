package org.wasmroutines.syntax;

/**
 * An import. Exactly one descriptor is meaningful, chosen by {@code kind}: {@code funcTypeIndex}
 * for functions, {@code table}, {@code memory} or {@code global} otherwise (the others are
 * {@code -1} / {@code null}).
 */
public record Import(String module, String name, ExternKind kind, int funcTypeIndex,
                TableType table, MemoryType memory, GlobalType global) {

    public static Import func(String module, String name, int typeIndex) {
        return new Import(module, name, ExternKind.FUNC, typeIndex, null, null, null);
    }

    public static Import table(String module, String name, TableType type) {
        return new Import(module, name, ExternKind.TABLE, -1, type, null, null);
    }

    public static Import memory(String module, String name, MemoryType type) {
        return new Import(module, name, ExternKind.MEMORY, -1, null, type, null);
    }

    public static Import global(String module, String name, GlobalType type) {
        return new Import(module, name, ExternKind.GLOBAL, -1, null, null, type);
    }
}
