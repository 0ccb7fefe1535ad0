package org.wasmroutines.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;

/** {@code table.fill x i ref n}; the table checks the range before writing. */
public final class TableFillNode extends StmtNode {
    private final int table;
    @Child private ExprNode start;
    @Child private ExprNode value;
    @Child private ExprNode length;

    public TableFillNode(int table, ExprNode start, ExprNode value, ExprNode length) {
        this.table = table;
        this.start = start;
        this.value = value;
        this.length = length;
    }

    @Override
    public int execute(VirtualFrame frame) {
        int i = start.executeI32(frame);
        Object ref = value.executeRef(frame);
        int n = length.executeI32(frame);
        instance(frame).tables[table].fill(this, Integer.toUnsignedLong(i), ref, Integer.toUnsignedLong(n));
        return NEXT;
    }
}
