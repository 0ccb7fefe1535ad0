package org.wasmroutines.nodes;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;
import org.wasmroutines.binary.Opcodes;

/**
 * A numeric instruction with two i64 operands (arithmetic and comparisons), computed by
 * {@link NumericOps}. The opcode is a constant of the node, so partial evaluation keeps only
 * its case of the switch.
 *
 * @see <a href="https://webassembly.github.io/spec/core/exec/numerics.html">Numerics</a>
 */
public final class I64BinaryNode extends ExprNode {
    private final int opcode;
    @Child private ExprNode left;
    @Child private ExprNode right;
    /** The locals the operands read, or -1 (see {@link SlotReadNode#localOf}). */
    private final int leftLocal;
    private final int rightLocal;

    public I64BinaryNode(int opcode, ExprNode left, ExprNode right) {
        this.opcode = opcode;
        this.left = left;
        this.right = right;
        this.leftLocal = SlotReadNode.localOf(left);
        this.rightLocal = SlotReadNode.localOf(right);
    }

    private long left(VirtualFrame frame) {
        return leftLocal >= 0 ? frame.getLongStatic(leftLocal) : left.executeI64(frame);
    }

    private long right(VirtualFrame frame) {
        return rightLocal >= 0 ? frame.getLongStatic(rightLocal) : right.executeI64(frame);
    }

    @Override
    public int executeI32(VirtualFrame frame) {
        return compare(opcode, left(frame), right(frame));
    }

    /** Comparison {@code opcode} of {@code a} and {@code b}. */
    static int compare(int opcode, long a, long b) {
        return switch (opcode) {
            case Opcodes.I64_EQ -> NumericOps.i64Eq(a, b);
            case Opcodes.I64_NE -> NumericOps.i64Ne(a, b);
            case Opcodes.I64_LT_S -> NumericOps.i64LtS(a, b);
            case Opcodes.I64_LT_U -> NumericOps.i64LtU(a, b);
            case Opcodes.I64_GT_S -> NumericOps.i64GtS(a, b);
            case Opcodes.I64_GT_U -> NumericOps.i64GtU(a, b);
            case Opcodes.I64_LE_S -> NumericOps.i64LeS(a, b);
            case Opcodes.I64_LE_U -> NumericOps.i64LeU(a, b);
            case Opcodes.I64_GE_S -> NumericOps.i64GeS(a, b);
            case Opcodes.I64_GE_U -> NumericOps.i64GeU(a, b);
            default -> throw CompilerDirectives.shouldNotReachHere("opcode " + opcode);
        };
    }

    @Override
    public long executeI64(VirtualFrame frame) {
        return compute(opcode, left(frame), right(frame), this);
    }

    /** Arithmetic instruction {@code opcode} applied to {@code a} and {@code b}; a trap names {@code location}. */
    static long compute(int opcode, long a, long b, Node location) {
        return switch (opcode) {
            case Opcodes.I64_ADD -> NumericOps.i64Add(a, b);
            case Opcodes.I64_SUB -> NumericOps.i64Sub(a, b);
            case Opcodes.I64_MUL -> NumericOps.i64Mul(a, b);
            case Opcodes.I64_DIV_S -> NumericOps.i64DivS(a, b, location);
            case Opcodes.I64_DIV_U -> NumericOps.i64DivU(a, b, location);
            case Opcodes.I64_REM_S -> NumericOps.i64RemS(a, b, location);
            case Opcodes.I64_REM_U -> NumericOps.i64RemU(a, b, location);
            case Opcodes.I64_AND -> NumericOps.i64And(a, b);
            case Opcodes.I64_OR -> NumericOps.i64Or(a, b);
            case Opcodes.I64_XOR -> NumericOps.i64Xor(a, b);
            case Opcodes.I64_SHL -> NumericOps.i64Shl(a, b);
            case Opcodes.I64_SHR_S -> NumericOps.i64ShrS(a, b);
            case Opcodes.I64_SHR_U -> NumericOps.i64ShrU(a, b);
            case Opcodes.I64_ROTL -> NumericOps.i64Rotl(a, b);
            case Opcodes.I64_ROTR -> NumericOps.i64Rotr(a, b);
            default -> throw CompilerDirectives.shouldNotReachHere("opcode " + opcode);
        };
    }

    @Override
    public boolean mayTrap() {
        return traps(opcode);
    }

    /** Division and remainder trap (by zero, or on overflow); the other instructions never do. */
    static boolean traps(int opcode) {
        return opcode >= Opcodes.I64_DIV_S && opcode <= Opcodes.I64_REM_U;
    }
}
