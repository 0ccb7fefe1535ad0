package org.wasmroutines.runtime;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.wasmroutines.syntax.Module;

/**
 * The code of one module, shared by all its instances (and the contexts of an engine): one call
 * target per defined function, whose nodes are built the first time the function is called, not
 * at instantiation. A C program links a libc of which a run calls a few functions; building the
 * nodes of all of them cost ~150 ms of a cold start for a 25-function kernel and ~700 ms for a
 * 400-function module. Validation stays eager: a module that instantiates has no function left
 * whose building could fail.
 *
 * <p>Each function's nodes are built once, by whichever thread needs them first, under the
 * module's lock: a thread that needs a function of this module while another thread builds one
 * waits for it. Building never reaches a scheduling point, so no wasm thread yields while it holds
 * the lock.
 */
public final class ModuleCode {
    /**
     * Builds the call target of a module's defined function. It gets the module with each call
     * and must not hold it: the language keeps a module's code in a map whose keys are weak, and a
     * value that reached its own key would keep every module ever loaded.
     */
    @FunctionalInterface
    public interface Compiler {
        CallTarget compile(Module module, int definedIndex);
    }

    private final Compiler compiler;
    private final AtomicReferenceArray<CallTarget> targets;

    /**
     * @param functions the module's defined functions (imports not counted)
     * @param compiler builds the call target of a defined function
     */
    public ModuleCode(int functions, Compiler compiler) {
        this.compiler = compiler;
        this.targets = new AtomicReferenceArray<>(functions);
    }

    public int size() {
        return targets.length();
    }

    /**
     * The call target of defined function {@code index} of {@code module} (the module this code
     * belongs to), built now if nothing needed it before.
     */
    @TruffleBoundary
    public CallTarget target(Module module, int index) {
        CallTarget target = targets.get(index);
        if (target != null) {
            return target;
        }
        synchronized (this) {
            target = targets.get(index);
            if (target == null) {
                target = compiler.compile(module, index);
                targets.set(index, target);
            }
            return target;
        }
    }

    /** Whether defined function {@code index}'s nodes have been built (for tests and diagnostics). */
    public boolean isBuilt(int index) {
        return targets.get(index) != null;
    }
}
