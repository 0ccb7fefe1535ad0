package org.wasmroutines.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.wasmroutines.runtime.WasmNull;

/** {@code ref.null t}: both reference types share one null value. */
public final class RefNullNode extends ExprNode {
    @Override
    public Object executeRef(VirtualFrame frame) {
        return WasmNull.NULL;
    }

    @Override
    public boolean isConstant() {
        return true;
    }
}
