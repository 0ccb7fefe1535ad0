package org.wasmroutines.nodes;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.wasmroutines.syntax.ValType;

/**
 * Evaluates an expression into a frame slot: {@code local.set}, and the spilling of a pending
 * operand into the slot of its stack height (which keeps the stack machine's evaluation order).
 */
public final class SlotWriteNode extends StmtNode {
    private final int slot;
    private final byte type;
    @Child private ExprNode value;
    /** The local the value reads, or -1 (see {@link SlotReadNode#localOf}). */
    private final int valueLocal;
    /** A constant value ({@code i32.const 0; local.set x}), written from here by the interpreter too. */
    private final boolean valueIsConstant;
    private final long constantBits;

    public SlotWriteNode(int slot, byte type, ExprNode value) {
        this.slot = slot;
        this.type = type;
        this.value = value;
        this.valueLocal = SlotReadNode.localOf(value);
        this.valueIsConstant = ConstNode.is(value);
        this.constantBits = ConstNode.bitsOf(value);
    }

    @Override
    public int execute(VirtualFrame frame) {
        if (valueLocal >= 0) {
            copyLocal(frame);
            return NEXT;
        }
        if (valueIsConstant) {
            writeConstant(frame);
            return NEXT;
        }
        switch (type) {
            case ValType.I32 -> frame.setIntStatic(slot, value.executeI32(frame));
            case ValType.I64 -> frame.setLongStatic(slot, value.executeI64(frame));
            case ValType.F32 -> frame.setFloatStatic(slot, value.executeF32(frame));
            case ValType.F64 -> frame.setDoubleStatic(slot, value.executeF64(frame));
            default -> frame.setObjectStatic(slot, value.executeRef(frame));
        }
        return NEXT;
    }

    private void writeConstant(VirtualFrame frame) {
        switch (type) {
            case ValType.I32 -> frame.setIntStatic(slot, (int) constantBits);
            case ValType.I64 -> frame.setLongStatic(slot, constantBits);
            case ValType.F32 -> frame.setFloatStatic(slot, Float.intBitsToFloat((int) constantBits));
            case ValType.F64 -> frame.setDoubleStatic(slot, Double.longBitsToDouble(constantBits));
            default -> throw CompilerDirectives.shouldNotReachHere("constant of type " + type);
        }
    }

    /** {@code local.get x; local.set y}: a copy from slot to slot. */
    private void copyLocal(VirtualFrame frame) {
        switch (type) {
            case ValType.I32 -> frame.setIntStatic(slot, frame.getIntStatic(valueLocal));
            case ValType.I64 -> frame.setLongStatic(slot, frame.getLongStatic(valueLocal));
            case ValType.F32 -> frame.setFloatStatic(slot, frame.getFloatStatic(valueLocal));
            case ValType.F64 -> frame.setDoubleStatic(slot, frame.getDoubleStatic(valueLocal));
            default -> frame.setObjectStatic(slot, frame.getObjectStatic(valueLocal));
        }
    }
}
