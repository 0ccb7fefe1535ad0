package org.wasmroutines.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

/**
 * Base of the branch instructions: a taken branch moves the label's arity of values from the top
 * of the operand stack down to the target label's result slots (stack slots are indexed by
 * height, so this is a slot-to-slot copy, skipped when already in place) and returns the depth.
 *
 * @see <a href="https://webassembly.github.io/spec/core/exec/instructions.html#xref-syntax-instructions-syntax-instr-control-mathsf-br-l">br</a>
 */
abstract class BranchNode extends StmtNode {
    @ExplodeLoop
    static void moveValues(VirtualFrame frame, int fromSlot, int toSlot, int count) {
        if (fromSlot != toSlot) {
            for (int i = 0; i < count; i++) {
                frame.copyStatic(fromSlot + i, toSlot + i);
            }
        }
    }
}
