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
            case Opcodes.I32_STORE -> {
                int v = valueLocal >= 0 ? frame.getIntStatic(valueLocal) : value.executeI32(frame);
                memory(frame).store32(bounds, ea, v);
            }
            case Opcodes.I32_STORE8 -> {
                int v = valueLocal >= 0 ? frame.getIntStatic(valueLocal) : value.executeI32(frame);
                memory(frame).store8(bounds, ea, (byte) v);
            }
            case Opcodes.I32_STORE16 -> {
                int v = valueLocal >= 0 ? frame.getIntStatic(valueLocal) : value.executeI32(frame);
                memory(frame).store16(bounds, ea, (short) v);
            }
            case Opcodes.I64_STORE -> {
                long v = valueLocal >= 0 ? frame.getLongStatic(valueLocal) : value.executeI64(frame);
                memory(frame).store64(bounds, ea, v);
            }
            case Opcodes.I64_STORE8 -> {
                long v = valueLocal >= 0 ? frame.getLongStatic(valueLocal) : value.executeI64(frame);
                memory(frame).store8(bounds, ea, (byte) v);
            }
            case Opcodes.I64_STORE16 -> {
                long v = valueLocal >= 0 ? frame.getLongStatic(valueLocal) : value.executeI64(frame);
                memory(frame).store16(bounds, ea, (short) v);
            }
            case Opcodes.I64_STORE32 -> {
                long v = valueLocal >= 0 ? frame.getLongStatic(valueLocal) : value.executeI64(frame);
                memory(frame).store32(bounds, ea, (int) v);
            }
            case Opcodes.F32_STORE -> {
                float v = valueLocal >= 0 ? frame.getFloatStatic(valueLocal) : value.executeF32(frame);
                memory(frame).store32(bounds, ea, Float.floatToRawIntBits(v));
            }
            case Opcodes.F64_STORE -> {
                double v = valueLocal >= 0 ? frame.getDoubleStatic(valueLocal) : value.executeF64(frame);
                memory(frame).store64(bounds, ea, Double.doubleToRawLongBits(v));
            }
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

    private static WasmMemory memory(VirtualFrame frame) {
        return instance(frame).memory0;
    }
}
