package org.wasmroutines.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;

/**
 * {@code call x}: the function instance comes from the frame's instance (imports differ between
 * instances); the dispatch node's cache makes the call direct and inlinable.
 *
 * @see <a href="https://webassembly.github.io/spec/core/exec/instructions.html#xref-syntax-instructions-syntax-instr-control-mathsf-call-x">call</a>
 */
public final class CallNode extends AbstractCallNode {
    private final int function;

    public CallNode(int function, ExprNode[] arguments, byte[] paramTypes, byte[] resultTypes, int resultSlot) {
        super(arguments, paramTypes, resultTypes, resultSlot);
        this.function = function;
    }

    @Override
    public int execute(VirtualFrame frame) {
        Object[] values = evaluateArguments(frame);
        call(frame, instance(frame).functions[function], values);
        return NEXT;
    }
}
