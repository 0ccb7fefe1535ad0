package org.wasmroutines.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;

/** {@code table.get x}: traps "out of bounds table access"; table writes spill it first. */
public final class TableGetNode extends ExprNode {
    private final int table;
    @Child private ExprNode index;

    public TableGetNode(int table, ExprNode index) {
        this.table = table;
        this.index = index;
    }

    @Override
    public Object executeRef(VirtualFrame frame) {
        int i = index.executeI32(frame);
        return instance(frame).tables[table].get(this, Integer.toUnsignedLong(i));
    }
}
