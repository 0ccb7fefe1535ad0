package org.wasmroutines.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;

/** {@code data.drop x}: the segment becomes empty for this instance. */
public final class DataDropNode extends StmtNode {
    private final int segment;

    public DataDropNode(int segment) {
        this.segment = segment;
    }

    @Override
    public int execute(VirtualFrame frame) {
        instance(frame).dropData(segment);
        return NEXT;
    }
}
