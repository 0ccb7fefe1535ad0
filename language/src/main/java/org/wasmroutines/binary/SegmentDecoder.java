package org.wasmroutines.binary;

import org.wasmroutines.errors.Failure;
import org.wasmroutines.errors.WasmException;
import org.wasmroutines.syntax.ConstExpr;
import org.wasmroutines.syntax.DataSegment;
import org.wasmroutines.syntax.ElemSegment;
import org.wasmroutines.syntax.SegmentMode;
import org.wasmroutines.syntax.ValType;

/**
 * Decodes constant expressions and the element and data segments built from them.
 *
 * @see <a href="https://webassembly.github.io/spec/core/binary/modules.html#element-section">Element section</a>
 * @see <a href="https://webassembly.github.io/spec/core/binary/modules.html#data-section">Data section</a>
 */
final class SegmentDecoder {
    private final BinaryReader in;
    private final InstructionScanner scanner;

    SegmentDecoder(BinaryReader in, InstructionScanner scanner) {
        this.in = in;
        this.scanner = scanner;
    }

    /**
     * A constant expression up to its {@code end}. Any well-encoded instruction is kept so that the
     * validator can say "constant expression required" for the non-constant ones.
     */
    ConstExpr constExpr() {
        int[] opcodes = new int[2];
        long[] immediates = new long[2];
        int n = 0;
        while (true) {
            int opcode = scanner.scanInstruction();
            if (opcode == Opcodes.END) {
                return new ConstExpr(java.util.Arrays.copyOf(opcodes, n), java.util.Arrays.copyOf(immediates, n));
            }
            if (n == opcodes.length) {
                opcodes = java.util.Arrays.copyOf(opcodes, n * 2);
                immediates = java.util.Arrays.copyOf(immediates, n * 2);
            }
            opcodes[n] = opcode;
            immediates[n] = scanner.immediate;
            n++;
        }
    }

    /** @see <a href="https://webassembly.github.io/spec/core/binary/modules.html#element-section">Element section</a> */
    ElemSegment elem() {
        long flags = in.readUnsigned(32);
        if (flags > 7) {
            throw WasmException.create(Failure.MALFORMED_ELEMENTS_SEGMENT_KIND);
        }
        boolean passiveOrDeclarative = (flags & 1) != 0;
        boolean explicitTable = (flags & 2) != 0;
        boolean usesExpressions = (flags & 4) != 0;
        SegmentMode mode = !passiveOrDeclarative ? SegmentMode.ACTIVE : explicitTable ? SegmentMode.DECLARATIVE : SegmentMode.PASSIVE;
        int table = 0;
        ConstExpr offset = null;
        if (mode == SegmentMode.ACTIVE) {
            if (explicitTable) {
                table = in.readU32();
            }
            offset = constExpr();
        }
        byte elemType = ValType.FUNCREF;
        if (passiveOrDeclarative || explicitTable) {
            if (usesExpressions) {
                elemType = InstructionScanner.readReferenceType(in);
            } else if (in.readByte() != 0x00) {
                // elemkind: only 0x00 (funcref) exists
                throw WasmException.create(Failure.MALFORMED_ELEMENTS_SEGMENT_KIND);
            }
        }
        int count = in.readCount();
        ConstExpr[] items = new ConstExpr[count];
        for (int i = 0; i < count; i++) {
            items[i] = usesExpressions ? constExpr() : ConstExpr.single(Opcodes.REF_FUNC, in.readUnsigned(32));
        }
        return new ElemSegment(mode, elemType, table, offset, items);
    }

    /** @see <a href="https://webassembly.github.io/spec/core/binary/modules.html#data-section">Data section</a> */
    DataSegment data() {
        long flags = in.readUnsigned(32);
        return switch ((int) Math.min(flags, 3)) {
            case 0 -> {
                ConstExpr offset = constExpr();
                yield new DataSegment(SegmentMode.ACTIVE, 0, offset, in.readBytes(in.readCount()));
            }
            case 1 -> new DataSegment(SegmentMode.PASSIVE, 0, null, in.readBytes(in.readCount()));
            case 2 -> {
                int memory = in.readU32();
                ConstExpr offset = constExpr();
                yield new DataSegment(SegmentMode.ACTIVE, memory, offset, in.readBytes(in.readCount()));
            }
            default -> throw WasmException.create(Failure.MALFORMED_DATA_SEGMENT_KIND);
        };
    }
}
