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

    /**
     * The local that {@code operand} reads if it is a plain {@code local.get}, else -1. A consumer
     * that keeps this reads the slot itself in the interpreter, where a call of the operand node
     * is a megamorphic virtual call (nbody's interpreted time had 13 % in HotSpot's vtable stubs,
     * and these reads are most of its operands). The consumers do the read in their own code, not
     * through one helper here for all of them: HotSpot profiles the receivers of the remaining
     * operand calls per call site, and one helper would merge the profiles of every consumer (the
     * unary nodes share theirs in {@link UnaryNode}, one per operand type). The operand stays the consumer's
     * child, for the analyses that walk the tree; compiled code is the same either way, since the
     * local is a constant of the consumer.
     */
    static int localOf(ExprNode operand) {
        return operand instanceof SlotReadNode read ? read.slot : -1;
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
