package org.wasmroutines.syntax;

/** A table type: element reference type and limits. */
public record TableType(byte elemType, Limits limits) {
}
