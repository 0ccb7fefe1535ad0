package org.wasmroutines.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;

/**
 * A node run for its effect: stores, calls, control flow, and the spilling of operand values into
 * their stack slots. {@link #execute} returns {@link #NEXT} to go on with the following statement,
 * or the relative depth of the label a branch targets (0 = the innermost enclosing block, loop or
 * if). Each block compares and decrements the depth, so branches need no exceptions and partial
 * evaluation folds the comparisons; {@code return} is a branch to the function's own label.
 *
 * @see <a href="https://webassembly.github.io/spec/core/exec/instructions.html#control-instructions">Control instructions</a>
 */
public abstract class StmtNode extends WasmNode {
    /** Normal completion: continue with the next statement. */
    public static final int NEXT = -1;

    public abstract int execute(VirtualFrame frame);
}
