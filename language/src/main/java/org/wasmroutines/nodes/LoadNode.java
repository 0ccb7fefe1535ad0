package org.wasmroutines.nodes;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.wasmroutines.binary.Opcodes;
import org.wasmroutines.runtime.BoundsCheckNode;
import org.wasmroutines.runtime.WasmMemory;

/**
 * All {@code t.load} and {@code t.loadN_sx} instructions. Pure apart from its trap, so it stays a
 * child of its consumer; every instruction that could change memory spills it first. The
 * effective address is the unsigned i32 operand plus the memarg offset, as a {@code long}, so it
 * cannot wrap; the memory checks it against its size.
 *
 * @see <a href="https://webassembly.github.io/spec/core/exec/instructions.html#xref-syntax-instructions-syntax-instr-memory-mathsf-load-xref-syntax-instructions-syntax-memarg-mathit-memarg-and-xref-syntax-instructions-syntax-instr-memory-mathsf-load-n-mathsf-xref-syntax-instructions-syntax-sx-mathit-sx-xref-syntax-instructions-syntax-memarg-mathit-memarg">t.load</a>
 */
public final class LoadNode extends ExprNode {
    private final int opcode;
    private final long offset;
    @Child private ExprNode address;
    @Child private BoundsCheckNode bounds;
    /** The local the address operand reads, or -1 (see {@link SlotReadNode#localOf}). */
    private final int addressLocal;
    /** A constant address operand (a C global's), read from here by the interpreter too. */
    private final boolean addressIsConstant;
    private final int addressConstant;

    public LoadNode(int opcode, long offset, long knownBytes, ExprNode address) {
        this.opcode = opcode;
        this.offset = offset;
        this.bounds = new BoundsCheckNode(knownBytes);
        this.address = address;
        this.addressLocal = SlotReadNode.localOf(address);
        this.addressIsConstant = ConstNode.is(address);
        this.addressConstant = (int) ConstNode.bitsOf(address);
    }

    private long effectiveAddress(VirtualFrame frame) {
        return Integer.toUnsignedLong(address(frame)) + offset;
    }

    private int address(VirtualFrame frame) {
        if (addressLocal >= 0) {
            return frame.getIntStatic(addressLocal);
        }
        return addressIsConstant ? addressConstant : address.executeI32(frame);
    }

    @Override
    public int executeI32(VirtualFrame frame) {
        long ea = effectiveAddress(frame);
        WasmMemory memory = instance(frame).memory0;
        return switch (opcode) {
            case Opcodes.I32_LOAD -> memory.load32(bounds, ea);
            case Opcodes.I32_LOAD8_S -> memory.load8(bounds, ea);
            case Opcodes.I32_LOAD8_U -> memory.load8(bounds, ea) & 0xFF;
            case Opcodes.I32_LOAD16_S -> memory.load16(bounds, ea);
            case Opcodes.I32_LOAD16_U -> memory.load16(bounds, ea) & 0xFFFF;
            default -> throw wrongOpcode();
        };
    }

    @Override
    public long executeI64(VirtualFrame frame) {
        long ea = effectiveAddress(frame);
        WasmMemory memory = instance(frame).memory0;
        return switch (opcode) {
            case Opcodes.I64_LOAD -> memory.load64(bounds, ea);
            case Opcodes.I64_LOAD8_S -> memory.load8(bounds, ea);
            case Opcodes.I64_LOAD8_U -> memory.load8(bounds, ea) & 0xFFL;
            case Opcodes.I64_LOAD16_S -> memory.load16(bounds, ea);
            case Opcodes.I64_LOAD16_U -> memory.load16(bounds, ea) & 0xFFFFL;
            case Opcodes.I64_LOAD32_S -> memory.load32(bounds, ea);
            case Opcodes.I64_LOAD32_U -> memory.load32(bounds, ea) & 0xFFFF_FFFFL;
            default -> throw wrongOpcode();
        };
    }

    @Override
    public float executeF32(VirtualFrame frame) {
        return Float.intBitsToFloat(instance(frame).memory0.load32(bounds, effectiveAddress(frame)));
    }

    @Override
    public double executeF64(VirtualFrame frame) {
        return Double.longBitsToDouble(instance(frame).memory0.load64(bounds, effectiveAddress(frame)));
    }

    private RuntimeException wrongOpcode() {
        throw CompilerDirectives.shouldNotReachHere("load opcode " + opcode);
    }
}
