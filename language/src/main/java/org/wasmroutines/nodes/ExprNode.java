package org.wasmroutines.nodes;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.wasmroutines.syntax.ValType;

/**
 * A node that produces one wasm value without a side effect other than a possible trap. The
 * consumer knows the value's type (the code is validated) and calls the matching typed method,
 * so numbers are never boxed; a node implements the methods of the types it can produce.
 */
public abstract class ExprNode extends WasmNode {
    public int executeI32(VirtualFrame frame) {
        throw wrongType();
    }

    public long executeI64(VirtualFrame frame) {
        throw wrongType();
    }

    public float executeF32(VirtualFrame frame) {
        throw wrongType();
    }

    public double executeF64(VirtualFrame frame) {
        throw wrongType();
    }

    /** A reference: a {@code WasmFunction}, a host object or {@code WasmNull.NULL}. */
    public Object executeRef(VirtualFrame frame) {
        throw wrongType();
    }

    /** The value boxed as the calling convention wants it (Integer, Long, Float, Double, ref). */
    public final Object executeBoxed(VirtualFrame frame, byte type) {
        return switch (type) {
            case ValType.I32 -> executeI32(frame);
            case ValType.I64 -> executeI64(frame);
            case ValType.F32 -> executeF32(frame);
            case ValType.F64 -> executeF64(frame);
            default -> executeRef(frame);
        };
    }

    /**
     * The locals this node itself reads (not its children), as a mask with bit {@code local % 64}
     * set for each: a pending read stays pending across writes to other locals.
     */
    public long localsRead() {
        return 0;
    }

    /** False for a node that cannot trap by itself (its children aside); the default is the safe answer. */
    public boolean mayTrap() {
        return true;
    }

    /** True for nodes whose value can be computed at any time (constants): never spilled. */
    public boolean isConstant() {
        return false;
    }

    private RuntimeException wrongType() {
        CompilerDirectives.transferToInterpreterAndInvalidate();
        throw CompilerDirectives.shouldNotReachHere(getClass().getSimpleName() + " used at a type it does not produce");
    }
}
