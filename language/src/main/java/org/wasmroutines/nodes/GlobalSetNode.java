package org.wasmroutines.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.wasmroutines.runtime.WasmGlobal;
import org.wasmroutines.syntax.ValType;

/** {@code global.set x}. */
public final class GlobalSetNode extends StmtNode {
    private final int index;
    private final byte type;
    @Child private ExprNode value;

    public GlobalSetNode(int index, byte type, ExprNode value) {
        this.index = index;
        this.type = type;
        this.value = value;
    }

    @Override
    public int execute(VirtualFrame frame) {
        WasmGlobal global = instance(frame).globals[index];
        switch (type) {
            case ValType.I32 -> global.setI32(value.executeI32(frame));
            case ValType.I64 -> global.setI64(value.executeI64(frame));
            case ValType.F32 -> global.setF32(value.executeF32(frame));
            case ValType.F64 -> global.setF64(value.executeF64(frame));
            default -> global.setRef(value.executeRef(frame));
        }
        return NEXT;
    }
}
