package org.wasmroutines.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;

/**
 * What the numeric instructions with one operand share: the opcode, a constant of the node so that
 * partial evaluation keeps only its case of the subclass's switch, and the operand, read by type.
 * An operand that is a plain {@code local.get} is read from its slot right here (see
 * {@link SlotReadNode#localOf}).
 */
abstract class UnaryNode extends ExprNode {
    final int opcode;
    @Child private ExprNode operand;
    /** The local the operand reads, or -1. */
    private final int operandLocal;

    UnaryNode(int opcode, ExprNode operand) {
        this.opcode = opcode;
        this.operand = operand;
        this.operandLocal = SlotReadNode.localOf(operand);
    }

    final int i32(VirtualFrame frame) {
        return operandLocal >= 0 ? frame.getIntStatic(operandLocal) : operand.executeI32(frame);
    }

    final long i64(VirtualFrame frame) {
        return operandLocal >= 0 ? frame.getLongStatic(operandLocal) : operand.executeI64(frame);
    }

    final float f32(VirtualFrame frame) {
        return operandLocal >= 0 ? frame.getFloatStatic(operandLocal) : operand.executeF32(frame);
    }

    final double f64(VirtualFrame frame) {
        return operandLocal >= 0 ? frame.getDoubleStatic(operandLocal) : operand.executeF64(frame);
    }
}
