package org.wasmroutines.syntax;

/**
 * A constant expression (global initializers, segment offsets, element items) as its decoded
 * instructions, without the final {@code end}. {@code immediates[i]} holds the value of a
 * {@code *.const} (raw IEEE bits for floats), the reference type of {@code ref.null}, or the
 * index of {@code ref.func} / {@code global.get}. Non-constant instructions are kept (with
 * immediate 0) so that validation can reject them with the spec's message.
 *
 * @see <a href="https://webassembly.github.io/spec/core/valid/instructions.html#constant-expressions">Constant expressions</a>
 */
public record ConstExpr(int[] opcodes, long[] immediates) {
    public int length() {
        return opcodes.length;
    }

    public static ConstExpr single(int opcode, long immediate) {
        return new ConstExpr(new int[]{opcode}, new long[]{immediate});
    }
}
