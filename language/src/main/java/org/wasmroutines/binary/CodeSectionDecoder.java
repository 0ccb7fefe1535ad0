package org.wasmroutines.binary;

import org.wasmroutines.errors.Failure;
import org.wasmroutines.errors.WasmException;
import org.wasmroutines.syntax.FunctionBody;

/**
 * Decodes the code section: each entry's local declarations, and a check of its instructions'
 * encoding; the instructions themselves stay a byte range of the binary.
 *
 * @see <a href="https://webassembly.github.io/spec/core/binary/modules.html#code-section">Code section</a>
 */
final class CodeSectionDecoder {
    /**
     * Implementation limit on declared locals per function. The spec only bounds the sum by
     * 2^32-1; a lower limit keeps frames sane and is allowed.
     *
     * @see <a href="https://webassembly.github.io/spec/core/appendix/implementation.html">Implementation limitations</a>
     */
    static final long MAX_LOCALS = 50_000;

    private final BinaryReader in;
    private final InstructionScanner scanner;

    CodeSectionDecoder(BinaryReader in) {
        this.in = in;
        this.scanner = new InstructionScanner(in);
    }

    boolean usesDataInstructions() {
        return scanner.usesDataInstructions;
    }

    FunctionBody[] readCodeSection() {
        FunctionBody[] bodies = new FunctionBody[in.readCount()];
        for (int i = 0; i < bodies.length; i++) {
            bodies[i] = readCode();
        }
        return bodies;
    }

    private FunctionBody readCode() {
        int size = in.readLength();
        int end = in.position() + size;
        byte[] localTypes = readLocals();
        int start = in.position();
        scanner.scanFunctionBody(end);
        return new FunctionBody(localTypes, in.bytes(), start, end);
    }

    private byte[] readLocals() {
        int groups = in.readCount();
        long[] counts = new long[groups];
        byte[] types = new byte[groups];
        long total = 0;
        for (int i = 0; i < groups; i++) {
            counts[i] = in.readUnsigned(32);
            total += counts[i];
            if (total > MAX_LOCALS) {
                throw WasmException.create(Failure.TOO_MANY_LOCALS);
            }
            types[i] = InstructionScanner.readValueType(in);
        }
        byte[] localTypes = new byte[(int) total];
        int next = 0;
        for (int i = 0; i < groups; i++) {
            java.util.Arrays.fill(localTypes, next, next + (int) counts[i], types[i]);
            next += (int) counts[i];
        }
        return localTypes;
    }
}
