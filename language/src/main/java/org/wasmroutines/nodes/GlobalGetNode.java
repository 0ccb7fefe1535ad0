package org.wasmroutines.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.wasmroutines.runtime.WasmGlobal;

/** {@code global.get x}; a {@code global.set} or call spills pending reads before it writes. */
public final class GlobalGetNode extends ExprNode {
    private final int index;

    public GlobalGetNode(int index) {
        this.index = index;
    }

    private WasmGlobal global(VirtualFrame frame) {
        return instance(frame).globals[index];
    }

    @Override
    public int executeI32(VirtualFrame frame) {
        return global(frame).getI32();
    }

    @Override
    public long executeI64(VirtualFrame frame) {
        return global(frame).getI64();
    }

    @Override
    public float executeF32(VirtualFrame frame) {
        return global(frame).getF32();
    }

    @Override
    public double executeF64(VirtualFrame frame) {
        return global(frame).getF64();
    }

    @Override
    public Object executeRef(VirtualFrame frame) {
        return global(frame).getRef();
    }

    @Override
    public boolean mayTrap() {
        return false;
    }
}
