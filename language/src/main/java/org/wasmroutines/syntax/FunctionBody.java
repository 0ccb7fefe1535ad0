package org.wasmroutines.syntax;

/**
 * The code of a defined function: its declared locals (expanded, one type per local, parameters
 * not included) and the byte range {@code [start, end)} of its instructions in {@code bytes}
 * (the module's binary), where {@code end} is just past the function's final {@code end} opcode.
 */
public record FunctionBody(byte[] localTypes, byte[] bytes, int start, int end) {
}
