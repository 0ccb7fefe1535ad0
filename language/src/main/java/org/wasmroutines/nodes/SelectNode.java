package org.wasmroutines.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.CountingConditionProfile;

/**
 * {@code select} and {@code select t}: both operands are evaluated (they may trap) before the
 * condition, in stack order; then one is chosen.
 *
 * @see <a href="https://webassembly.github.io/spec/core/exec/instructions.html#xref-syntax-instructions-syntax-instr-parametric-mathsf-select-t-ast">select</a>
 */
public final class SelectNode extends ExprNode {
    @Child private ExprNode first;
    @Child private ExprNode second;
    @Child private ExprNode condition;
    private final CountingConditionProfile profile = CountingConditionProfile.create();

    public SelectNode(ExprNode first, ExprNode second, ExprNode condition) {
        this.first = first;
        this.second = second;
        this.condition = condition;
    }

    private boolean choose(VirtualFrame frame) {
        return profile.profile(condition.executeI32(frame) != 0);
    }

    @Override
    public int executeI32(VirtualFrame frame) {
        int a = first.executeI32(frame);
        int b = second.executeI32(frame);
        return choose(frame) ? a : b;
    }

    @Override
    public long executeI64(VirtualFrame frame) {
        long a = first.executeI64(frame);
        long b = second.executeI64(frame);
        return choose(frame) ? a : b;
    }

    @Override
    public float executeF32(VirtualFrame frame) {
        float a = first.executeF32(frame);
        float b = second.executeF32(frame);
        return choose(frame) ? a : b;
    }

    @Override
    public double executeF64(VirtualFrame frame) {
        double a = first.executeF64(frame);
        double b = second.executeF64(frame);
        return choose(frame) ? a : b;
    }

    @Override
    public Object executeRef(VirtualFrame frame) {
        Object a = first.executeRef(frame);
        Object b = second.executeRef(frame);
        return choose(frame) ? a : b;
    }

    @Override
    public boolean mayTrap() {
        return false;
    }
}
