package org.wasmroutines.nodes;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.wasmroutines.binary.Opcodes;
import org.wasmroutines.runtime.BoundsCheckNode;
import org.wasmroutines.runtime.WasmMemory;

/**
 * All {@code t.store} and {@code t.storeN} instructions. The address operand is evaluated before
 * the value (stack order), then the memory bounds-checks the effective address.
 *
 * @see <a href="https://webassembly.github.io/spec/core/exec/instructions.html#xref-syntax-instructions-syntax-instr-memory-mathsf-store-xref-syntax-instructions-syntax-memarg-mathit-memarg-and-xref-syntax-instructions-syntax-instr-memory-mathsf-store-n-xref-syntax-instructions-syntax-memarg-mathit-memarg">t.store</a>
 */
public final class StoreNode extends StmtNode {
    private final int opcode;
    private final long offset;
    @Child private ExprNode address;
    @Child private BoundsCheckNode bounds;
    @Child private ExprNode value;
    /** The locals the address and the value read, or -1 (see {@link SlotReadNode#localOf}). */
    private final int addressLocal;
    private final int valueLocal;
    /** A constant address operand (a C global's), read from here by the interpreter too. */
    private final boolean addressIsConstant;
    private final int addressConstant;

    public StoreNode(int opcode, long offset, long knownBytes, ExprNode address, ExprNode value) {
        this.opcode = opcode;
        this.offset = offset;
        this.bounds = new BoundsCheckNode(knownBytes);
        this.address = address;
        this.value = value;
        this.addressLocal = SlotReadNode.localOf(address);
        this.addressIsConstant = ConstNode.is(address);
        this.addressConstant = (int) ConstNode.bitsOf(address);
        this.valueLocal = SlotReadNode.localOf(value);
    }

    @Override
    public int execute(VirtualFrame frame) {
        long ea = Integer.toUnsignedLong(address(frame)) + offset;
        switch (opcode) {
            case Opcodes.I32_STORE -> memory(frame).store32(bounds, ea, i32Value(frame));
            case Opcodes.I32_STORE8 -> memory(frame).store8(bounds, ea, (byte) i32Value(frame));
            case Opcodes.I32_STORE16 -> memory(frame).store16(bounds, ea, (short) i32Value(frame));
            case Opcodes.I64_STORE -> memory(frame).store64(bounds, ea, i64Value(frame));
            case Opcodes.I64_STORE8 -> memory(frame).store8(bounds, ea, (byte) i64Value(frame));
            case Opcodes.I64_STORE16 -> memory(frame).store16(bounds, ea, (short) i64Value(frame));
            case Opcodes.I64_STORE32 -> memory(frame).store32(bounds, ea, (int) i64Value(frame));
            case Opcodes.F32_STORE -> memory(frame).store32(bounds, ea, Float.floatToRawIntBits(f32Value(frame)));
            case Opcodes.F64_STORE -> memory(frame).store64(bounds, ea, Double.doubleToRawLongBits(f64Value(frame)));
            default -> throw CompilerDirectives.shouldNotReachHere("store opcode " + opcode);
        }
        return NEXT;
    }

    private int address(VirtualFrame frame) {
        if (addressLocal >= 0) {
            return frame.getIntStatic(addressLocal);
        }
        return addressIsConstant ? addressConstant : address.executeI32(frame);
    }

    private int i32Value(VirtualFrame frame) {
        return valueLocal >= 0 ? frame.getIntStatic(valueLocal) : value.executeI32(frame);
    }

    private long i64Value(VirtualFrame frame) {
        return valueLocal >= 0 ? frame.getLongStatic(valueLocal) : value.executeI64(frame);
    }

    private float f32Value(VirtualFrame frame) {
        return valueLocal >= 0 ? frame.getFloatStatic(valueLocal) : value.executeF32(frame);
    }

    private double f64Value(VirtualFrame frame) {
        return valueLocal >= 0 ? frame.getDoubleStatic(valueLocal) : value.executeF64(frame);
    }

    private static WasmMemory memory(VirtualFrame frame) {
        return instance(frame).memory0;
    }
}
