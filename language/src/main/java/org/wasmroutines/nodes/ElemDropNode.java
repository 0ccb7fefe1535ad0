package org.wasmroutines.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;

/** {@code elem.drop x}: the segment becomes empty for this instance. */
public final class ElemDropNode extends StmtNode {
    private final int segment;

    public ElemDropNode(int segment) {
        this.segment = segment;
    }

    @Override
    public int execute(VirtualFrame frame) {
        instance(frame).dropElem(segment);
        return NEXT;
    }
}
