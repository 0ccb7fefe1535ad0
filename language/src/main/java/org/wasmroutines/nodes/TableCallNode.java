package org.wasmroutines.nodes;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.IndirectCallNode;
import com.oracle.truffle.api.nodes.Node;
import org.wasmroutines.runtime.ModuleCode;
import org.wasmroutines.runtime.WasmFunction;

/**
 * The calls of a {@code call_indirect} site: an inline cache of direct call nodes keyed on where
 * a table entry's code lives, its index in its module's shared {@link ModuleCode} and that code,
 * rather than on its call target. The target is a field that stays null until the function is
 * first called, so keying on it cost a load and a null test before the cache's compares, each of
 * which then compared with an object constant. The index is compared first: a miss costs one
 * compare with a small integer, and the code is compared once, at the entry whose index matched
 * (compared first, the code was tested again at every entry, since a failed entry tells Graal
 * nothing about it). All instances of a module share its code, so the threads of a wasi-threads
 * program (an instance each) hit the same entries, and an entry holds no instance. Functions
 * without module code (host functions) go by their target through {@link CallDispatchNode}; a
 * site that sees more than {@link #CACHE_LIMIT} functions of module code calls indirectly.
 */
@GenerateInline(false)
abstract class TableCallNode extends Node {
    static final int CACHE_LIMIT = CallDispatchNode.CACHE_LIMIT;

    abstract Object execute(WasmFunction function, Object[] arguments);

    @Specialization(guards = {"function.codeIndex() == index", "function.code() == code", "code != null"}, limit = "CACHE_LIMIT")
    static Object callCode(@SuppressWarnings("unused") WasmFunction function, Object[] arguments,
                    @Cached("function.code()") @SuppressWarnings("unused") ModuleCode code,
                    @Cached("function.codeIndex()") @SuppressWarnings("unused") int index,
                    @Cached("create(function.target())") DirectCallNode call) {
        return call.call(arguments);
    }

    /** Host functions, and other functions given a call target of their own: by their target. */
    @Specialization(guards = "function.code() == null")
    static Object callGiven(WasmFunction function, Object[] arguments, @Cached CallDispatchNode dispatch) {
        return dispatch.execute(function.target(), arguments);
    }

    @Specialization(guards = "function.code() != null", replaces = "callCode")
    static Object callMegamorphic(WasmFunction function, Object[] arguments, @Cached IndirectCallNode call) {
        return call.call(function.target(), arguments);
    }

    static TableCallNode create() {
        return TableCallNodeGen.create();
    }
}
