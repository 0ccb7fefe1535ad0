package org.wasmroutines.syntax;

/** The four kinds of importable and exportable entities, in binary-encoding order. */
public enum ExternKind {
    FUNC,
    TABLE,
    MEMORY,
    GLOBAL;

    public String displayName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
