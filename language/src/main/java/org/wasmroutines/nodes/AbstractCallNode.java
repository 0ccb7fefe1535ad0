package org.wasmroutines.nodes;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import org.wasmroutines.runtime.WasmFunction;
import org.wasmroutines.syntax.ValType;

/**
 * What {@code call} and {@code call_indirect} share: boxing the arguments per the calling
 * convention ({@code [instance, arg0, ...]}, where the instance is the callee's own, which for an
 * imported or table function can differ from the caller's), and unboxing the result(s) into the
 * stack slots where the caller's next instructions read them.
 */
abstract class AbstractCallNode extends StmtNode {
    @Children private final ExprNode[] arguments;
    @CompilationFinal(dimensions = 1) private final byte[] paramTypes;
    @CompilationFinal(dimensions = 1) private final byte[] resultTypes;
    private final int resultSlot;
    /** Created on the first {@link #call}: a direct {@code call} of a defined function needs none. */
    @Child private CallDispatchNode dispatch;

    AbstractCallNode(ExprNode[] arguments, byte[] paramTypes, byte[] resultTypes, int resultSlot) {
        this.arguments = arguments;
        this.paramTypes = paramTypes;
        this.resultTypes = resultTypes;
        this.resultSlot = resultSlot;
    }

    @ExplodeLoop
    protected final Object[] evaluateArguments(VirtualFrame frame) {
        Object[] values = new Object[arguments.length + 1];
        for (int i = 0; i < arguments.length; i++) {
            values[i + 1] = arguments[i].executeBoxed(frame, paramTypes[i]);
        }
        return values;
    }

    /** Calls {@code function} with arguments from {@link #evaluateArguments} and stores its results. */
    protected final void call(VirtualFrame frame, WasmFunction function, Object[] values) {
        values[0] = function.instance();
        storeResults(frame, invoke(function, values));
    }

    /**
     * Calls {@code function} with the complete call arguments: through an inline cache on its call
     * target, or, for {@code call_indirect}, its own cache ({@link CallIndirectNode}).
     */
    protected Object invoke(WasmFunction function, Object[] arguments) {
        if (dispatch == null) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            dispatch = insert(CallDispatchNode.create());
        }
        return dispatch.execute(function.target(), arguments);
    }

    /** Unboxes the result(s) of a call into the stack slots from {@code resultSlot} up. */
    @ExplodeLoop
    protected final void storeResults(VirtualFrame frame, Object result) {
        if (resultTypes.length == 1) {
            storeValue(frame, resultSlot, resultTypes[0], result);
        } else if (resultTypes.length > 1) {
            Object[] results = (Object[]) result;
            for (int i = 0; i < resultTypes.length; i++) {
                storeValue(frame, resultSlot + i, resultTypes[i], results[i]);
            }
        }
    }

    /** Unboxes a value of the calling convention into a static slot. */
    static void storeValue(VirtualFrame frame, int slot, byte type, Object value) {
        switch (type) {
            case ValType.I32 -> frame.setIntStatic(slot, (Integer) value);
            case ValType.I64 -> frame.setLongStatic(slot, (Long) value);
            case ValType.F32 -> frame.setFloatStatic(slot, (Float) value);
            case ValType.F64 -> frame.setDoubleStatic(slot, (Double) value);
            default -> frame.setObjectStatic(slot, value);
        }
    }

    /** Boxes the value of a static slot per the calling convention. */
    static Object loadValue(VirtualFrame frame, int slot, byte type) {
        return switch (type) {
            case ValType.I32 -> frame.getIntStatic(slot);
            case ValType.I64 -> frame.getLongStatic(slot);
            case ValType.F32 -> frame.getFloatStatic(slot);
            case ValType.F64 -> frame.getDoubleStatic(slot);
            default -> frame.getObjectStatic(slot);
        };
    }
}
