package org.wasmroutines.wasi;

import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.IndirectCallNode;
import com.oracle.truffle.api.nodes.RootNode;
import org.wasmroutines.errors.WasmException;
import org.wasmroutines.runtime.WasmFunction;

/**
 * The bottom wasm frame of a thread made by {@code thread-spawn}: calls the new instance's
 * {@code wasi_thread_start(tid, start_arg)}, and when the thread ends by {@code proc_exit} or a
 * trap, ends the whole program with it, as wasi-threads requires: the program's other threads
 * and the main thread throw the same exit or trap at their next wait (see
 * {@code WasmThreads.endProgram}), so the host that called {@code _start} sees it.
 *
 * <p>Arguments: the null instance of a host function, the thread id, the start argument, and the
 * {@link WasmFunction} {@code wasi_thread_start} of the thread's own instance.
 *
 * @see <a href="https://github.com/WebAssembly/wasi-threads#proc_exit-and-traps">wasi-threads: proc_exit and traps</a>
 */
final class WasiThreadEntry extends RootNode {
    private final WasiThreadSpawn spawn;
    @Child private IndirectCallNode call = IndirectCallNode.create();

    WasiThreadEntry(TruffleLanguage<?> language, WasiThreadSpawn spawn) {
        super(language);
        this.spawn = spawn;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object[] args = frame.getArguments();
        WasmFunction start = (WasmFunction) args[3];
        try {
            return call.call(start.target(), start.instance(), args[1], args[2]);
        } catch (AbstractTruffleException e) {
            spawn.endProgram(e);
            throw e;
        }
    }

    /**
     * What another thread throws for the exit or trap {@code reason}: a new exception of the same
     * meaning, so that each thread unwinds its own exception.
     */
    static RuntimeException again(RuntimeException reason) {
        if (reason instanceof WasiExitException exit) {
            return new WasiExitException(exit.status(), null);
        }
        if (reason instanceof WasmException trap) {
            return WasmException.of(trap.kind(), trap.getMessage());
        }
        return reason;
    }

    @Override
    public String getName() {
        return WasiThreadSpawn.START;
    }
}
