package org.wasmroutines.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.wasmroutines.runtime.WasmInstance;

/** {@code table.init x y d s n}: from passive element segment y (empty once dropped) into table x. */
public final class TableInitNode extends StmtNode {
    private final int table;
    private final int segment;
    @Child private ExprNode destination;
    @Child private ExprNode source;
    @Child private ExprNode length;

    public TableInitNode(int table, int segment, ExprNode destination, ExprNode source, ExprNode length) {
        this.table = table;
        this.segment = segment;
        this.destination = destination;
        this.source = source;
        this.length = length;
    }

    @Override
    public int execute(VirtualFrame frame) {
        int d = destination.executeI32(frame);
        int s = source.executeI32(frame);
        int n = length.executeI32(frame);
        WasmInstance instance = instance(frame);
        instance.tables[table].init(this, Integer.toUnsignedLong(d), instance.elemSegment(segment), Integer.toUnsignedLong(s), Integer.toUnsignedLong(n));
        return NEXT;
    }
}
