package org.wasmroutines.syntax;

/** A global type: value type and mutability. */
public record GlobalType(byte valType, boolean mutable) {
}
