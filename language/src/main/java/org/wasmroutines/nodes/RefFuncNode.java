package org.wasmroutines.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;

/** {@code ref.func x}: the function instance of this frame's instance. */
public final class RefFuncNode extends ExprNode {
    private final int function;

    public RefFuncNode(int function) {
        this.function = function;
    }

    @Override
    public Object executeRef(VirtualFrame frame) {
        return instance(frame).functions[function];
    }
}
