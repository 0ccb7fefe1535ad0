package org.wasmroutines.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;

/** {@code table.size x}. */
public final class TableSizeNode extends ExprNode {
    private final int table;

    public TableSizeNode(int table) {
        this.table = table;
    }

    @Override
    public int executeI32(VirtualFrame frame) {
        return instance(frame).tables[table].size();
    }
}
