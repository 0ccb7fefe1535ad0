package org.wasmroutines.nodes;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.DirectCallNode;
import org.wasmroutines.runtime.WasmInstance;

/**
 * {@code call x}. A function the module defines has one CallTarget for all instances of the module
 * (code is shared, the instance is argument 0) and runs in the caller's own instance, so its call
 * is a {@link DirectCallNode} fixed at the first execution, with no lookup or guard in compiled
 * code. An imported function differs between instances: it is read from the frame's instance and
 * called through the dispatch node's inline cache.
 *
 * @see <a href="https://webassembly.github.io/spec/core/exec/instructions.html#xref-syntax-instructions-syntax-instr-control-mathsf-call-x">call</a>
 */
public final class CallNode extends AbstractCallNode {
    private final int function;
    private final boolean defined;
    @Child private DirectCallNode direct;

    /** @param defined true if {@code function} is defined by the caller's module (not imported) */
    public CallNode(int function, boolean defined, ExprNode[] arguments, byte[] paramTypes, byte[] resultTypes, int resultSlot) {
        super(arguments, paramTypes, resultTypes, resultSlot);
        this.function = function;
        this.defined = defined;
    }

    @Override
    public int execute(VirtualFrame frame) {
        Object[] values = evaluateArguments(frame);
        WasmInstance instance = instance(frame);
        if (defined) {
            if (direct == null) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                direct = insert(DirectCallNode.create(instance.functions[function].target()));
            }
            values[0] = instance;
            storeResults(frame, direct.call(values));
        } else {
            call(frame, instance.functions[function], values);
        }
        return NEXT;
    }
}
