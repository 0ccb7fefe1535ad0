package org.wasmroutines.nodes;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.LoopNode;

/**
 * {@code loop}: a Truffle {@link LoopNode}, so hot loops get on-stack replacement. Its label is
 * the loop's start; the loop's parameters are in their stack slots when an iteration begins.
 *
 * <p>The locals the loop writes but that are dead where an iteration starts ({@link LocalLiveness})
 * are cleared on entry and at every back-edge, so that compiled code does not carry their values
 * from one iteration to the next for a deoptimization. Clearing on entry too makes the entry and
 * the back-edge agree on the slot's kind.
 *
 * @see <a href="https://webassembly.github.io/spec/core/exec/instructions.html#xref-syntax-instructions-syntax-instr-control-mathsf-loop-xref-syntax-instructions-syntax-blocktype-mathit-blocktype-xref-syntax-instructions-syntax-instr-mathit-instr-ast-xref-syntax-instructions-syntax-instr-control-mathsf-end">loop</a>
 */
public final class WasmLoopNode extends StmtNode {
    @Child private LoopNode loop;
    private final int exitSlot;
    @CompilationFinal(dimensions = 1) private final int[] clearedLocals;

    public WasmLoopNode(SequenceNode body, int exitSlot, int threadSlot, int[] clearedLocals) {
        this.loop = Truffle.getRuntime().createLoopNode(new LoopBodyNode(body, exitSlot, threadSlot, clearedLocals));
        this.exitSlot = exitSlot;
        this.clearedLocals = clearedLocals;
    }

    @Override
    public int execute(VirtualFrame frame) {
        clear(frame, clearedLocals);
        loop.execute(frame);
        int target = frame.getIntStatic(exitSlot);
        // Cleared like an operand, so that an enclosing loop's iterations agree on the slot's tag.
        frame.clearStatic(exitSlot);
        return target;
    }

    @ExplodeLoop
    static void clear(VirtualFrame frame, int[] slots) {
        for (int slot : slots) {
            frame.clearStatic(slot);
        }
    }
}
