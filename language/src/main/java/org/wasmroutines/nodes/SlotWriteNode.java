package org.wasmroutines.nodes;

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

    public SlotWriteNode(int slot, byte type, ExprNode value) {
        this.slot = slot;
        this.type = type;
        this.value = value;
    }

    @Override
    public int execute(VirtualFrame frame) {
        switch (type) {
            case ValType.I32 -> frame.setIntStatic(slot, value.executeI32(frame));
            case ValType.I64 -> frame.setLongStatic(slot, value.executeI64(frame));
            case ValType.F32 -> frame.setFloatStatic(slot, value.executeF32(frame));
            case ValType.F64 -> frame.setDoubleStatic(slot, value.executeF64(frame));
            default -> frame.setObjectStatic(slot, value.executeRef(frame));
        }
        return NEXT;
    }
}
