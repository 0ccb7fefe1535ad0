package org.wasmroutines.syntax;

/** How an element or data segment is used at instantiation. */
public enum SegmentMode {
    ACTIVE,
    PASSIVE,
    DECLARATIVE
}
