package org.wasmroutines.script;

/** The host value a script writes as {@code (ref.extern n)}: equal when the numbers are. */
public record ExternRef(long number) {
}
