package org.wasmroutines.runtime;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.interop.ArityException;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnsupportedTypeException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.IndirectCallNode;
import org.wasmroutines.WasmLanguage;
import org.wasmroutines.interop.PolyglotValues;
import org.wasmroutines.syntax.FuncType;

/**
 * A function instance: a wasm function of some instance, or a host function. It is the value of
 * a {@code funcref} and what a function import or export resolves to.
 *
 * <p>Calling convention of {@link #target()}: arguments {@code [instance, arg0, arg1, ...]} with
 * values boxed as {@code Integer}, {@code Long}, {@code Float}, {@code Double}, references as
 * {@code WasmFunction}, {@link WasmNull} or host objects; the result is {@code null} for no
 * results, the boxed value for one, an {@code Object[]} for several.
 *
 * <p>To other languages it is executable: arguments are converted to the parameter types, and a
 * multi-value result comes back as an array.
 *
 * @see <a href="https://webassembly.github.io/spec/core/exec/runtime.html#function-instances">Function instances</a>
 */
@ExportLibrary(InteropLibrary.class)
public final class WasmFunction implements TruffleObject {
    private final FuncType type;
    private final WasmInstance instance;
    /** Where a wasm function's call target comes from on first use; null when it was given. */
    private final ModuleCode code;
    /** The function's index in {@link #code}'s defined functions. */
    private final int codeIndex;
    /**
     * The call target once known. Read without a lock by any thread that calls the function; the
     * target is wrapped in a record, whose final field makes a thread that sees the wrapper see
     * the target as it was built.
     */
    private Known known;
    /** Index in the instance's function index space, for a name computed on demand; -1 if named. */
    private final int funcIndex;
    private String name;

    private record Known(CallTarget target) {
    }

    /**
     * @param instance the owning instance, passed as argument 0 of every call; null for a host
     *            function
     */
    public WasmFunction(FuncType type, WasmInstance instance, CallTarget target, String name) {
        this.type = type;
        this.instance = instance;
        this.code = null;
        this.codeIndex = -1;
        this.known = new Known(target);
        this.funcIndex = -1;
        this.name = name;
    }

    /**
     * A defined function of {@code instance}: its call target is {@code code}'s entry
     * {@code codeIndex}, whose nodes are built when it is first needed, and its name
     * ({@link org.wasmroutines.syntax.Module#displayName}) is looked up only in traces and error
     * messages, not at instantiation.
     */
    public WasmFunction(FuncType type, WasmInstance instance, ModuleCode code, int codeIndex, int funcIndex) {
        this.type = type;
        this.instance = instance;
        this.code = code;
        this.codeIndex = codeIndex;
        this.funcIndex = funcIndex;
    }

    public FuncType type() {
        return type;
    }

    /** The shared code of the module that defines the function, or null when its target was given (host functions). */
    public ModuleCode code() {
        return code;
    }

    /** The function's index in {@link #code}'s defined functions; -1 when there is no code. */
    public int codeIndex() {
        return codeIndex;
    }

    /** The instance the function's code belongs to, or null for a host function. */
    public WasmInstance instance() {
        return instance;
    }

    public CallTarget target() {
        Known k = known;
        if (CompilerDirectives.injectBranchProbability(CompilerDirectives.SLOWPATH_PROBABILITY, k == null)) {
            return firstTarget();
        }
        return k.target();
    }

    @TruffleBoundary
    private CallTarget firstTarget() {
        CallTarget target = code.target(instance.module(), codeIndex);
        known = new Known(target);
        return target;
    }

    @TruffleBoundary
    public String name() {
        if (name == null) {
            name = instance.module().displayName(funcIndex);
        }
        return name;
    }

    /** Calls the function from Java with already-boxed wasm values; see the class comment. */
    @TruffleBoundary
    public Object invoke(Object... args) {
        return target().call(callArguments(args));
    }

    /** The arguments of a call of this function: the instance, then the wasm values. */
    public Object[] callArguments(Object[] args) {
        Object[] callArgs = new Object[args.length + 1];
        callArgs[0] = instance;
        System.arraycopy(args, 0, callArgs, 1, args.length);
        return callArgs;
    }

    @ExportMessage
    boolean isExecutable() {
        return true;
    }

    /** Executes from another language: a direct call node per call target seen, so it can inline. */
    @ExportMessage
    abstract static class Execute {
        @Specialization(guards = "function.target() == cachedTarget", limit = "3")
        static Object direct(WasmFunction function, Object[] arguments,
                        @Cached("function.target()") CallTarget cachedTarget,
                        @Cached(value = "function.type().params()", dimensions = 1) byte[] params,
                        @Cached("create(cachedTarget)") DirectCallNode callNode) throws ArityException, UnsupportedTypeException {
            // one call target means one type: the parameter types are constants here
            Object[] callArgs = PolyglotValues.toCallArguments(function, params, arguments);
            return PolyglotValues.toPolyglotResult(callNode.call(callArgs));
        }

        @Specialization(replaces = "direct")
        static Object indirect(WasmFunction function, Object[] arguments,
                        @Cached IndirectCallNode callNode) throws ArityException, UnsupportedTypeException {
            Object[] callArgs = PolyglotValues.toCallArguments(function, arguments);
            return PolyglotValues.toPolyglotResult(callNode.call(function.target(), callArgs));
        }
    }

    @ExportMessage
    boolean hasLanguage() {
        return true;
    }

    @ExportMessage
    Class<? extends TruffleLanguage<?>> getLanguage() {
        return WasmLanguage.class;
    }

    @ExportMessage
    @TruffleBoundary
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return toString();
    }

    @Override
    @TruffleBoundary
    public String toString() {
        return "wasm function " + name() + " " + type;
    }
}
