package org.wasmroutines.syntax;

/** A custom section, kept as its name and raw payload. */
public record CustomSection(String name, byte[] payload) {
}
