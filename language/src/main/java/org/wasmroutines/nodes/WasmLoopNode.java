package org.wasmroutines.nodes;

import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.LoopNode;

/**
 * {@code loop}: a Truffle {@link LoopNode}, so hot loops get on-stack replacement. Its label is
 * the loop's start; the loop's parameters are in their stack slots when an iteration begins.
 *
 * @see <a href="https://webassembly.github.io/spec/core/exec/instructions.html#xref-syntax-instructions-syntax-instr-control-mathsf-loop-xref-syntax-instructions-syntax-blocktype-mathit-blocktype-xref-syntax-instructions-syntax-instr-mathit-instr-ast-xref-syntax-instructions-syntax-instr-control-mathsf-end">loop</a>
 */
public final class WasmLoopNode extends StmtNode {
    @Child private LoopNode loop;
    private final int exitSlot;

    public WasmLoopNode(SequenceNode body, int exitSlot, int threadSlot) {
        this.loop = Truffle.getRuntime().createLoopNode(new LoopBodyNode(body, exitSlot, threadSlot));
        this.exitSlot = exitSlot;
    }

    @Override
    public int execute(VirtualFrame frame) {
        loop.execute(frame);
        int target = frame.getIntStatic(exitSlot);
        // Cleared like an operand, so that an enclosing loop's iterations agree on the slot's tag.
        frame.clearStatic(exitSlot);
        return target;
    }
}
