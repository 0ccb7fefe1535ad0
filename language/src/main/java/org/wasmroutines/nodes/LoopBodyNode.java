package org.wasmroutines.nodes;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RepeatingNode;

/**
 * One iteration of a wasm {@code loop}. A branch to the loop's label (depth 0) starts the next
 * iteration; falling off the end or branching further out ends the loop, and the depth to pass
 * on is left in the function's loop-exit slot (an int slot, so no boxed loop status).
 */
final class LoopBodyNode extends WasmNode implements RepeatingNode {
    @Child private SequenceNode body;
    @Child private SchedulingPointNode backEdge;
    private final int exitSlot;
    /** Cleared at each back-edge: see {@link WasmLoopNode}. */
    @CompilationFinal(dimensions = 1) private final int[] clearedLocals;

    LoopBodyNode(SequenceNode body, int exitSlot, int threadSlot, int[] clearedLocals) {
        this.body = body;
        this.backEdge = SchedulingPointNode.atLoopBackEdge(threadSlot);
        this.exitSlot = exitSlot;
        this.clearedLocals = clearedLocals;
    }

    @Override
    public boolean executeRepeating(VirtualFrame frame) {
        int target = body.execute(frame);
        if (target == 0) {
            WasmLoopNode.clear(frame, clearedLocals);
            backEdge.execute(frame);
            return true;
        }
        frame.setIntStatic(exitSlot, BlockNode.exitDepth(target));
        return false;
    }

    /** Names the OSR compilation unit of this loop in compilation logs. */
    @Override
    public String toString() {
        return "loop in " + getRootNode().getName();
    }
}
