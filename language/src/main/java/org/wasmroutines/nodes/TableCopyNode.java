package org.wasmroutines.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.wasmroutines.runtime.WasmInstance;

/** {@code table.copy x y d s n}: from table y into table x. */
public final class TableCopyNode extends StmtNode {
    private final int destinationTable;
    private final int sourceTable;
    @Child private ExprNode destination;
    @Child private ExprNode source;
    @Child private ExprNode length;

    public TableCopyNode(int destinationTable, int sourceTable, ExprNode destination, ExprNode source, ExprNode length) {
        this.destinationTable = destinationTable;
        this.sourceTable = sourceTable;
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
        instance.tables[destinationTable].copy(this, instance.tables[sourceTable], Integer.toUnsignedLong(d), Integer.toUnsignedLong(s), Integer.toUnsignedLong(n));
        return NEXT;
    }
}
