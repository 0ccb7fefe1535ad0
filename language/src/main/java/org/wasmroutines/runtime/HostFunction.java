package org.wasmroutines.runtime;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;
import org.wasmroutines.syntax.FuncType;

/**
 * Functions the host provides: a {@link WasmFunction} of a declared type whose call target calls a
 * Java {@link Callback} or an interop-executable value (a {@code ProxyExecutable}, a JavaScript
 * function...) with the wasm arguments, then converts what it returns to the declared result
 * types (the work of a {@link HostCallNode}, which wasm call sites also run in place of a call of
 * the target). A result that does not convert is an error naming the function and the expected
 * type. A result that is a future or a promise is awaited first (async host functions, see
 * {@link HostFutures}).
 *
 * @see <a href="https://webassembly.github.io/spec/core/exec/runtime.html#function-instances">Host functions</a>
 */
public final class HostFunction {
    private HostFunction() {
    }

    /** A host function written in Java; arguments and results are boxed wasm values. */
    @FunctionalInterface
    public interface Callback {
        /**
         * @return null (or anything) for no results, a boxed value (or any number convertible to
         *         the result type) for one, an {@code Object[]} for several; or a
         *         {@code CompletionStage} of one of these, awaited by the calling wasm thread only
         */
        Object call(Object... args);
    }

    public static WasmFunction create(TruffleLanguage<?> language, FuncType type, String name, Callback callback) {
        return new WasmFunction(type, null, new HostRootNode(language, new HostCallNode(type, name, callback)).getCallTarget(), name);
    }

    /** A function that executes the interop-executable {@code executable} through interop. */
    public static WasmFunction fromExecutable(TruffleLanguage<?> language, FuncType type, String name, Object executable) {
        return new WasmFunction(type, null, new HostRootNode(language, new HostCallNode(type, name, executable)).getCallTarget(), name);
    }

    /** True for the call target of a host function: its call sites call the host without a Truffle call, see {@link HostCallNode}. */
    public static boolean isHost(CallTarget target) {
        return target instanceof RootCallTarget root && root.getRootNode() instanceof HostRootNode;
    }

    /** A new node that calls the host function of {@code target} (see {@link #isHost}) in the caller's frame. */
    public static HostCallNode newCallNode(CallTarget target) {
        return ((HostRootNode) ((RootCallTarget) target).getRootNode()).call.forCallSite();
    }

    /** The call target's root: the host function called through {@code CallTarget.call} (exports, interop, other instances' tables). */
    private static final class HostRootNode extends RootNode {
        @Child private HostCallNode call;

        HostRootNode(TruffleLanguage<?> language, HostCallNode call) {
            super(language);
            this.call = call;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return call.execute(frame.getArguments());
        }

        @Override
        public String getName() {
            return call.name();
        }

        @Override
        public String toString() {
            return "host function " + call.name();
        }
    }
}
