package org.wasmroutines.nodes;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;
import org.wasmroutines.binary.Opcodes;

/**
 * A numeric instruction with two i32 operands (arithmetic and comparisons), computed by
 * {@link NumericOps}. The opcode is a constant of the node, so partial evaluation keeps only
 * its case of the switch.
 *
 * @see <a href="https://webassembly.github.io/spec/core/exec/numerics.html">Numerics</a>
 */
public final class I32BinaryNode extends ExprNode {
    private final int opcode;
    @Child private ExprNode left;
    @Child private ExprNode right;
    /** The locals the operands read, or -1 (see {@link SlotReadNode#localOf}). */
    private final int leftLocal;
    private final int rightLocal;

    public I32BinaryNode(int opcode, ExprNode left, ExprNode right) {
        this.opcode = opcode;
        this.left = left;
        this.right = right;
        this.leftLocal = SlotReadNode.localOf(left);
        this.rightLocal = SlotReadNode.localOf(right);
    }

    private int left(VirtualFrame frame) {
        return leftLocal >= 0 ? frame.getIntStatic(leftLocal) : left.executeI32(frame);
    }

    private int right(VirtualFrame frame) {
        return rightLocal >= 0 ? frame.getIntStatic(rightLocal) : right.executeI32(frame);
    }

    @Override
    public int executeI32(VirtualFrame frame) {
        return compute(opcode, left(frame), right(frame), this);
    }

    /**
     * Instruction {@code opcode} applied to {@code a} and {@code b}; a trap names {@code location}.
     * Split in two so that each half stays small enough for HotSpot to inline into the
     * interpreter's node methods (one switch over all opcodes is 435 bytes of bytecode, above
     * its 325-byte limit for hot calls).
     */
    static int compute(int opcode, int a, int b, Node location) {
        return opcode <= Opcodes.I32_GE_U ? compare(opcode, a, b) : arithmetic(opcode, a, b, location);
    }

    private static int compare(int opcode, int a, int b) {
        return switch (opcode) {
            case Opcodes.I32_EQ -> NumericOps.i32Eq(a, b);
            case Opcodes.I32_NE -> NumericOps.i32Ne(a, b);
            case Opcodes.I32_LT_S -> NumericOps.i32LtS(a, b);
            case Opcodes.I32_LT_U -> NumericOps.i32LtU(a, b);
            case Opcodes.I32_GT_S -> NumericOps.i32GtS(a, b);
            case Opcodes.I32_GT_U -> NumericOps.i32GtU(a, b);
            case Opcodes.I32_LE_S -> NumericOps.i32LeS(a, b);
            case Opcodes.I32_LE_U -> NumericOps.i32LeU(a, b);
            case Opcodes.I32_GE_S -> NumericOps.i32GeS(a, b);
            case Opcodes.I32_GE_U -> NumericOps.i32GeU(a, b);
            default -> throw CompilerDirectives.shouldNotReachHere("opcode " + opcode);
        };
    }

    private static int arithmetic(int opcode, int a, int b, Node location) {
        return switch (opcode) {
            case Opcodes.I32_ADD -> NumericOps.i32Add(a, b);
            case Opcodes.I32_SUB -> NumericOps.i32Sub(a, b);
            case Opcodes.I32_MUL -> NumericOps.i32Mul(a, b);
            case Opcodes.I32_DIV_S -> NumericOps.i32DivS(a, b, location);
            case Opcodes.I32_DIV_U -> NumericOps.i32DivU(a, b, location);
            case Opcodes.I32_REM_S -> NumericOps.i32RemS(a, b, location);
            case Opcodes.I32_REM_U -> NumericOps.i32RemU(a, b, location);
            case Opcodes.I32_AND -> NumericOps.i32And(a, b);
            case Opcodes.I32_OR -> NumericOps.i32Or(a, b);
            case Opcodes.I32_XOR -> NumericOps.i32Xor(a, b);
            case Opcodes.I32_SHL -> NumericOps.i32Shl(a, b);
            case Opcodes.I32_SHR_S -> NumericOps.i32ShrS(a, b);
            case Opcodes.I32_SHR_U -> NumericOps.i32ShrU(a, b);
            case Opcodes.I32_ROTL -> NumericOps.i32Rotl(a, b);
            case Opcodes.I32_ROTR -> NumericOps.i32Rotr(a, b);
            default -> throw CompilerDirectives.shouldNotReachHere("opcode " + opcode);
        };
    }

    @Override
    public boolean mayTrap() {
        return traps(opcode);
    }

    /** Division and remainder trap (by zero, or on overflow); the other instructions never do. */
    static boolean traps(int opcode) {
        return opcode >= Opcodes.I32_DIV_S && opcode <= Opcodes.I32_REM_U;
    }
}
