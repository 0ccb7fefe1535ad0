package org.wasmroutines.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;

/** {@code table.set x}. */
public final class TableSetNode extends StmtNode {
    private final int table;
    @Child private ExprNode index;
    @Child private ExprNode value;

    public TableSetNode(int table, ExprNode index, ExprNode value) {
        this.table = table;
        this.index = index;
        this.value = value;
    }

    @Override
    public int execute(VirtualFrame frame) {
        int i = index.executeI32(frame);
        Object ref = value.executeRef(frame);
        instance(frame).tables[table].set(this, Integer.toUnsignedLong(i), ref);
        return NEXT;
    }
}
