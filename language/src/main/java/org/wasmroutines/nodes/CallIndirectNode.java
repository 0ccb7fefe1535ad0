package org.wasmroutines.nodes;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.BranchProfile;
import org.wasmroutines.errors.Failure;
import org.wasmroutines.errors.WasmException;
import org.wasmroutines.runtime.WasmFunction;
import org.wasmroutines.syntax.FuncType;

/**
 * {@code call_indirect x y}: the table entry at the operand index is checked (in range, not
 * null, same function type by structure) and then called through {@link TableCallNode}'s inline
 * cache on where the entry's code lives.
 *
 * @see <a href="https://webassembly.github.io/spec/core/exec/instructions.html#xref-syntax-instructions-syntax-instr-control-mathsf-call-indirect-x-y">call_indirect</a>
 */
public final class CallIndirectNode extends AbstractCallNode {
    private final int table;
    private final FuncType expectedType;
    @Child private ExprNode index;
    @Child private TableCallNode calls = TableCallNode.create();
    private final BranchProfile otherTypeObject = BranchProfile.create();

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
        Object[] elements = instance(frame).tables[table].elements();
        // The traps are left to the interpreter, as for memory accesses (BoundsCheckNode): each
        // failing branch starts with a deoptimization, a guard for Graal. With a throw in them,
        // Graal weighed each check as failing half of the time, so the call after the three of
        // them as run an eighth as often as the instruction, and spilled around it accordingly.
        if (Integer.compareUnsigned(i, elements.length) >= 0) {
            CompilerDirectives.transferToInterpreter();
            throw elementFailure(Failure.UNDEFINED_ELEMENT, i);
        }
        // A table of funcref holds functions and WasmNull.NULL only.
        if (!(elements[i] instanceof WasmFunction function)) {
            CompilerDirectives.transferToInterpreter();
            throw elementFailure(Failure.UNINITIALIZED_ELEMENT, i);
        }
        FuncType actual = function.type();
        if (actual != expectedType) {
            // Only a function of another module (or the host) has a type object of its own. Until
            // one comes, compiled code has no path here: with the call to sameType on a path Graal
            // weighed as likely, the interp kernel's dispatch loop spilled its values around it
            // (336 LIR instructions, 86 of them moves to or from the stack; without: 273 and 21).
            otherTypeObject.enter();
            if (!sameType(actual, expectedType)) {
                throw WasmException.trap(Failure.INDIRECT_CALL_TYPE_MISMATCH, this);
            }
        }
        call(frame, function, values);
        return NEXT;
    }

    /** By {@link TableCallNode}'s cache on where the function's code lives, not by its call target. */
    @Override
    protected Object invoke(WasmFunction function, Object[] arguments) {
        return calls.execute(function, arguments);
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
