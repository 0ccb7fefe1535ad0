package org.wasmroutines.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;

/**
 * Reads a spilled operand from its stack slot and clears the slot. A stack slot is indexed by
 * height, so one slot holds values of different types at different points of a function. Left
 * holding an i64 on one path where another path leaves an i32, it makes the compiler meet
 * incompatible slot types at a merge ("Incompatible frame slot types at merge" with
 * {@code compiler.TracePerformanceWarnings=all}, seen in the hashtable and interp kernels): that
 * turns off its frame intrinsics and may materialize the frame. An operand is read exactly once,
 * so clearing it here leaves no stale typed value to meet at a merge.
 */
final class OperandReadNode extends ExprNode {
    private final int slot;

    OperandReadNode(int slot) {
        this.slot = slot;
    }

    @Override
    public int executeI32(VirtualFrame frame) {
        int value = frame.getIntStatic(slot);
        frame.clearStatic(slot);
        return value;
    }

    @Override
    public long executeI64(VirtualFrame frame) {
        long value = frame.getLongStatic(slot);
        frame.clearStatic(slot);
        return value;
    }

    @Override
    public float executeF32(VirtualFrame frame) {
        float value = frame.getFloatStatic(slot);
        frame.clearStatic(slot);
        return value;
    }

    @Override
    public double executeF64(VirtualFrame frame) {
        double value = frame.getDoubleStatic(slot);
        frame.clearStatic(slot);
        return value;
    }

    @Override
    public Object executeRef(VirtualFrame frame) {
        Object value = frame.getObjectStatic(slot);
        frame.clearStatic(slot);
        return value;
    }

    @Override
    public boolean mayTrap() {
        return false;
    }
}
