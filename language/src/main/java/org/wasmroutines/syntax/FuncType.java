package org.wasmroutines.syntax;

import java.util.Arrays;

/**
 * A function type: parameter and result types. Compared by value, as {@code call_indirect} and
 * import matching require.
 *
 * @see <a href="https://webassembly.github.io/spec/core/syntax/types.html#function-types">Function types</a>
 */
public final class FuncType {
    private final byte[] params;
    private final byte[] results;
    private final int hash;

    public FuncType(byte[] params, byte[] results) {
        this.params = params;
        this.results = results;
        this.hash = 31 * Arrays.hashCode(params) + Arrays.hashCode(results);
    }

    public int paramCount() {
        return params.length;
    }

    public int resultCount() {
        return results.length;
    }

    public byte param(int i) {
        return params[i];
    }

    public byte result(int i) {
        return results[i];
    }

    /** A copy of the parameter types. */
    public byte[] params() {
        return params.clone();
    }

    /** A copy of the result types. */
    public byte[] results() {
        return results.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FuncType that && hash == that.hash
                && Arrays.equals(params, that.params) && Arrays.equals(results, that.results);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("[");
        for (int i = 0; i < params.length; i++) {
            text.append(i == 0 ? "" : " ").append(ValType.name(params[i]));
        }
        text.append("] -> [");
        for (int i = 0; i < results.length; i++) {
            text.append(i == 0 ? "" : " ").append(ValType.name(results[i]));
        }
        return text.append(']').toString();
    }
}
