package org.wasmroutines.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;

/**
 * Reads a local's frame slot ({@code local.get}, and the value {@code local.tee} leaves; spilled
 * operands are read by {@link OperandReadNode}). Slots are static, so the typed read needs no tag
 * check; the consumer's type says which read it is.
 */
public final class SlotReadNode extends ExprNode {
    private final int slot;

    public SlotReadNode(int slot) {
        this.slot = slot;
    }

    public int slot() {
        return slot;
    }

    @Override
    public int executeI32(VirtualFrame frame) {
        return frame.getIntStatic(slot);
    }

    @Override
    public long executeI64(VirtualFrame frame) {
        return frame.getLongStatic(slot);
    }

    @Override
    public float executeF32(VirtualFrame frame) {
        return frame.getFloatStatic(slot);
    }

    @Override
    public double executeF64(VirtualFrame frame) {
        return frame.getDoubleStatic(slot);
    }

    @Override
    public Object executeRef(VirtualFrame frame) {
        return frame.getObjectStatic(slot);
    }

    @Override
    public long localsRead() {
        return 1L << slot;
    }

    @Override
    public boolean mayTrap() {
        return false;
    }
}
