package org.wasmroutines.syntax;

/** A data segment. {@code memoryIndex} and {@code offset} only matter for active segments. */
public record DataSegment(SegmentMode mode, int memoryIndex, ConstExpr offset, byte[] bytes) {
}
