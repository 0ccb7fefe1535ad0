package org.wasmroutines.nodes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.wasmroutines.errors.Failure;
import org.wasmroutines.errors.WasmException;
import org.wasmroutines.runtime.WasmFunction;
import org.wasmroutines.runtime.WasmNull;
import org.wasmroutines.syntax.FuncType;

/**
 * {@code call_indirect x y}: the table entry at the operand index is checked (in range, not
 * null, same function type by structure) and then called through the dispatch node's inline cache
 * on the entry's CallTarget.
 *
 * @see <a href="https://webassembly.github.io/spec/core/exec/instructions.html#xref-syntax-instructions-syntax-instr-control-mathsf-call-indirect-x-y">call_indirect</a>
 */
public final class CallIndirectNode extends AbstractCallNode {
    private final int table;
    private final FuncType expectedType;
    @Child private ExprNode index;

    public CallIndirectNode(int table, FuncType expectedType, ExprNode index, ExprNode[] arguments, int resultSlot) {
        super(arguments, expectedType.params(), expectedType.results(), resultSlot);
        this.table = table;
        this.expectedType = expectedType;
        this.index = index;
    }

    @Override
    public int execute(VirtualFrame frame) {
        Object[] values = evaluateArguments(frame);
        int i = index.executeI32(frame);
        Object entry = instance(frame).tables[table].elementOrNull(i);
        if (entry == null) {
            throw elementFailure(Failure.UNDEFINED_ELEMENT, i);
        }
        if (entry == WasmNull.NULL) {
            throw elementFailure(Failure.UNINITIALIZED_ELEMENT, i);
        }
        WasmFunction function = (WasmFunction) entry;
        FuncType actual = function.type();
        if (actual != expectedType && !sameType(actual, expectedType)) {
            throw WasmException.trap(Failure.INDIRECT_CALL_TYPE_MISMATCH, this);
        }
        call(frame, function, values);
        return NEXT;
    }

    /** The reference interpreter names the element index ("uninitialized element 2"); tests match that text. */
    @TruffleBoundary
    private static WasmException elementFailure(Failure failure, int index) {
        return WasmException.create(failure, Integer.toUnsignedString(index));
    }

    /** Types of different modules are distinct objects: compare them by structure. */
    @TruffleBoundary
    private static boolean sameType(FuncType actual, FuncType expected) {
        return actual.equals(expected);
    }
}
