package org.wasmroutines.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.wasmroutines.runtime.WasmNull;

/** {@code ref.is_null}. */
public final class RefIsNullNode extends ExprNode {
    @Child private ExprNode reference;

    public RefIsNullNode(ExprNode reference) {
        this.reference = reference;
    }

    @Override
    public int executeI32(VirtualFrame frame) {
        return reference.executeRef(frame) == WasmNull.NULL ? 1 : 0;
    }
}
