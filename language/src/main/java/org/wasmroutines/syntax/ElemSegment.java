package org.wasmroutines.syntax;

/**
 * An element segment. Every item is a constant expression (the function-index encodings are
 * decoded to {@code ref.func} expressions). {@code tableIndex} and {@code offset} only matter for
 * active segments.
 */
public record ElemSegment(SegmentMode mode, byte elemType, int tableIndex, ConstExpr offset, ConstExpr[] items) {
}
