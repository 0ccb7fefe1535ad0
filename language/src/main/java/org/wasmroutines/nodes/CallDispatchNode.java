package org.wasmroutines.nodes;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.IndirectCallNode;
import com.oracle.truffle.api.nodes.Node;
import org.wasmroutines.runtime.HostCallNode;
import org.wasmroutines.runtime.HostFunction;

/**
 * Calls a CallTarget through an inline cache of direct call nodes, so that the compiler can
 * inline the callee: {@code call} of an import sees one target per site ({@code call_indirect}
 * keys its own cache on the functions' code, {@link TableCallNode}, and comes here for host
 * functions). Megamorphic sites fall back to an indirect call, which costs an order of magnitude
 * more than an inlined one (no inlining, boxed arguments and results), so the caches hold enough
 * entries for small operation tables and dispatch loops. A host function's target is not called
 * but replaced by a {@link HostCallNode} that calls the host right here.
 */
@GenerateInline(false)
public abstract class CallDispatchNode extends Node {
    /**
     * A C function-pointer table of eight handlers (the interp kernel's) fits: with six entries its
     * dispatch loop went megamorphic and ran 1.7x slower than with all eight inlined.
     */
    static final int CACHE_LIMIT = 8;

    public abstract Object execute(CallTarget target, Object[] arguments);

    @Specialization(guards = {"target == cachedTarget", "!isHost(cachedTarget)"}, limit = "CACHE_LIMIT")
    static Object callDirect(@SuppressWarnings("unused") CallTarget target, Object[] arguments,
                    @Cached("target") @SuppressWarnings("unused") CallTarget cachedTarget,
                    @Cached("create(cachedTarget)") DirectCallNode callNode) {
        return callNode.call(arguments);
    }

    @Specialization(guards = {"target == cachedTarget", "isHost(cachedTarget)"}, limit = "CACHE_LIMIT")
    static Object callHost(@SuppressWarnings("unused") CallTarget target, Object[] arguments,
                    @Cached("target") @SuppressWarnings("unused") CallTarget cachedTarget,
                    @Cached("newHostCall(cachedTarget)") HostCallNode hostCall) {
        return hostCall.execute(arguments);
    }

    static boolean isHost(CallTarget target) {
        return HostFunction.isHost(target);
    }

    static HostCallNode newHostCall(CallTarget target) {
        return HostFunction.newCallNode(target);
    }

    @Specialization(replaces = {"callDirect", "callHost"})
    static Object callIndirect(CallTarget target, Object[] arguments, @Cached IndirectCallNode callNode) {
        return callNode.call(target, arguments);
    }

    public static CallDispatchNode create() {
        return CallDispatchNodeGen.create();
    }
}
