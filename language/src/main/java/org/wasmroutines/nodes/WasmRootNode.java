package org.wasmroutines.nodes;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.RootNode;
import java.util.stream.IntStream;
import org.wasmroutines.WasmLanguage;
import org.wasmroutines.errors.Failure;
import org.wasmroutines.errors.WasmException;
import org.wasmroutines.runtime.WasmNull;
import org.wasmroutines.syntax.ValType;

/**
 * The root of one defined function: moves the arguments into their local slots, zeroes the
 * other locals, runs the body (a block whose label is the function's: {@code return} branches
 * there) and boxes the results left in the first operand-stack slots.
 *
 * <p>Deep recursion ends as the spec's "call stack exhausted" instead of a StackOverflowError;
 * the catch sits here so that every wasm frame has one.
 *
 * @see <a href="https://webassembly.github.io/spec/core/exec/instructions.html#function-calls">Function calls</a>
 */
public final class WasmRootNode extends RootNode {
    static {
        /*
         * Stack exhaustion can be the first trap a program raises. Initializing the exception
         * classes at that moment, with no stack left, would fail, and a failed class initializer
         * fails for good; so they are initialized here, with the first function.
         */
        WasmException.create(Failure.CALL_STACK_EXHAUSTED);
    }

    private final String name;
    /** Types of all locals, parameters first; local {@code i} lives in frame slot {@code i}. */
    @CompilationFinal(dimensions = 1) private final byte[] localTypes;
    private final int paramCount;
    /** The declared locals of reference type: the only ones a new frame does not already hold right in the interpreter. */
    @CompilationFinal(dimensions = 1) private final int[] referenceLocals;
    @CompilationFinal(dimensions = 1) private final byte[] resultTypes;
    private final int resultSlot;
    /** Frame slots in all: the locals, then the loop-exit slot, the wasm-thread slot and the operand-stack slots. */
    private final int slotCount;
    @Child private SchedulingPointNode entry;
    @Child private SequenceNode body;

    WasmRootNode(WasmLanguage language, FrameDescriptor frameDescriptor, String name, byte[] localTypes, int paramCount,
                    byte[] resultTypes, int resultSlot, int threadSlot, SequenceNode body) {
        super(language, frameDescriptor);
        this.name = name;
        this.localTypes = localTypes;
        this.paramCount = paramCount;
        this.referenceLocals = IntStream.range(paramCount, localTypes.length).filter(i -> ValType.isReference(localTypes[i])).toArray();
        this.resultTypes = resultTypes;
        this.resultSlot = resultSlot;
        this.slotCount = frameDescriptor.getNumberOfSlots();
        this.entry = SchedulingPointNode.atFunctionEntry(threadSlot, language);
        this.body = body;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        try {
            initializeLocals(frame);
            entry.execute(frame);
            body.execute(frame);
            return results(frame);
        } catch (StackOverflowError e) {
            CompilerDirectives.transferToInterpreter();
            throw WasmException.trap(Failure.CALL_STACK_EXHAUSTED, this);
        }
    }

    @ExplodeLoop
    private void initializeLocals(VirtualFrame frame) {
        Object[] arguments = frame.getArguments();
        for (int i = 0; i < paramCount; i++) {
            AbstractCallNode.storeValue(frame, i, localTypes[i], arguments[i + 1]);
        }
        if (CompilerDirectives.inInterpreter()) {
            /*
             * The interpreter's frame is new, and a primitive slot never written reads as zero;
             * compiled code writes every local, which costs nothing in a virtual frame and gives the
             * compiler each slot's kind from the start.
             */
            for (int i : referenceLocals) {
                frame.setObjectStatic(i, WasmNull.NULL);
            }
            return;
        }
        for (int i = paramCount; i < localTypes.length; i++) {
            switch (localTypes[i]) {
                case ValType.I32 -> frame.setIntStatic(i, 0);
                case ValType.I64 -> frame.setLongStatic(i, 0L);
                case ValType.F32 -> frame.setFloatStatic(i, 0f);
                case ValType.F64 -> frame.setDoubleStatic(i, 0d);
                default -> frame.setObjectStatic(i, WasmNull.NULL);
            }
        }
        /*
         * The compiler tracks a kind tag per slot, and an operand read leaves its slot cleared
         * (OperandReadNode). A slot that is still unwritten when a loop is entered but cleared at
         * its back-edge gets a tag that differs between the two, which compiled code then keeps
         * in a register or a stack slot across every iteration (seen in the bits and interp
         * kernels' hot loops). Starting every slot above the locals cleared makes the tags agree.
         */
        for (int i = localTypes.length; i < slotCount; i++) {
            frame.clearStatic(i);
        }
    }

    @ExplodeLoop
    private Object results(VirtualFrame frame) {
        if (resultTypes.length == 0) {
            return null;
        }
        if (resultTypes.length == 1) {
            return AbstractCallNode.loadValue(frame, resultSlot, resultTypes[0]);
        }
        Object[] values = new Object[resultTypes.length];
        for (int i = 0; i < resultTypes.length; i++) {
            values[i] = AbstractCallNode.loadValue(frame, resultSlot + i, resultTypes[i]);
        }
        return values;
    }

    /**
     * Runs before each compilation of this function or of a loop in it: partial evaluation reads
     * {@link FusedMultiplyAdd#INSTRUCTION} as a constant, so its class is initialized here.
     */
    @Override
    protected boolean prepareForCompilation(boolean rootCompilation, int compilationTier, boolean lastTier) {
        FusedMultiplyAdd.initialize();
        return super.prepareForCompilation(rootCompilation, compilationTier, lastTier);
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String toString() {
        return "wasm " + name;
    }
}
