package org.wasmroutines.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;

/** {@code memory.size}: reads state that only side-effecting instructions change, which spill it first. */
public final class MemorySizeNode extends ExprNode {
    @Override
    public int executeI32(VirtualFrame frame) {
        return instance(frame).memory0.size();
    }
}
