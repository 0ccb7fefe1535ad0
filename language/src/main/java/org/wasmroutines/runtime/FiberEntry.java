package org.wasmroutines.runtime;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;
import org.wasmroutines.nodes.WasmRootNode;

/**
 * The bottom frame of every wasm thread a {@link WasmThreads} spawns: it calls the thread's
 * function and marks where the thread's own frames end, so that a thread walking its stack (to
 * describe itself in a deadlock report) stops there and never lists the frames of the carrier
 * below it. One per context; one extra call per thread, nothing per wasm call.
 */
final class FiberEntry extends RootNode {
    /** Truffle's interpreter-only runtime keeps frames in a per-Java-thread list that fiber switches do not follow. */
    private static final boolean FRAMES_FOLLOW_FIBERS = !Truffle.getRuntime().getClass().getName().endsWith(".DefaultTruffleRuntime");

    private FiberEntry(TruffleLanguage<?> language) {
        super(language);
    }

    static CallTarget create(TruffleLanguage<?> language) {
        return new FiberEntry(language).getCallTarget();
    }

    /** Arguments: the function's call target, then its call arguments. */
    @Override
    public Object execute(VirtualFrame frame) {
        Object[] arguments = frame.getArguments();
        return call((CallTarget) arguments[0], (Object[]) arguments[1]);
    }

    private static Object call(CallTarget target, Object[] callArguments) {
        return target.call(callArguments);
    }

    @Override
    public String getName() {
        return "wasm thread entry";
    }

    /**
     * The wasm frames of the calling wasm thread, innermost first, down to its entry
     * {@code entry}; null where frames cannot be walked from inside a fiber (the interpreter-only
     * runtime).
     */
    static List<String> wasmStack(CallTarget entry) {
        if (!FRAMES_FOLLOW_FIBERS) {
            return null;
        }
        List<String> frames = new ArrayList<>();
        Truffle.getRuntime().iterateFrames(frame -> {
            CallTarget target = frame.getCallTarget();
            if (target == entry) {
                return Boolean.TRUE;
            }
            if (target instanceof RootCallTarget rootTarget && rootTarget.getRootNode() instanceof WasmRootNode wasm) {
                frames.add(wasm.getName());
            }
            return null;
        });
        return frames;
    }
}
