package org.wasmroutines.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;

/**
 * {@code table.grow x}: writes the old size, or -1, into the stack slot of its result.
 *
 * @see <a href="https://webassembly.github.io/spec/core/exec/instructions.html#xref-syntax-instructions-syntax-instr-table-mathsf-table-grow-x">table.grow</a>
 */
public final class TableGrowNode extends StmtNode {
    private final int table;
    @Child private ExprNode initValue;
    @Child private ExprNode delta;
    private final int resultSlot;

    public TableGrowNode(int table, ExprNode initValue, ExprNode delta, int resultSlot) {
        this.table = table;
        this.initValue = initValue;
        this.delta = delta;
        this.resultSlot = resultSlot;
    }

    @Override
    public int execute(VirtualFrame frame) {
        Object init = initValue.executeRef(frame);
        int n = delta.executeI32(frame);
        frame.setIntStatic(resultSlot, instance(frame).tables[table].grow(n, init));
        return NEXT;
    }
}
