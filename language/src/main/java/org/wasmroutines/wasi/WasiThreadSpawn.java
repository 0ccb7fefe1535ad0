package org.wasmroutines.wasi;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;
import org.wasmroutines.WasmContext;
import org.wasmroutines.errors.WasmException;
import org.wasmroutines.runtime.ImportResolver;
import org.wasmroutines.runtime.Instantiator;
import org.wasmroutines.runtime.WasmFunction;
import org.wasmroutines.runtime.WasmInstance;
import org.wasmroutines.runtime.WasmMemory;
import org.wasmroutines.sched.WasmThread;
import org.wasmroutines.syntax.Export;
import org.wasmroutines.syntax.ExternKind;
import org.wasmroutines.syntax.FuncType;
import org.wasmroutines.syntax.Module;
import org.wasmroutines.syntax.ValType;

/**
 * The wasi-threads import {@code wasi} {@code thread-spawn(start_arg: i32) -> i32} of one WASI
 * program: instantiates the program's module again, with the same imports (so the same shared
 * memory and the same {@link WasiModule}, hence one descriptor table), and runs the new
 * instance's {@code wasi_thread_start(tid, start_arg)} as a new green thread. The result is the
 * thread id (positive, below 2^29, unique in the context), or a negated WASI errno: {@code -INVAL}
 * when the program cannot have threads (its memory is not shared, or it exports no
 * {@code wasi_thread_start} of type {@code (i32, i32) -> ()}), {@code -AGAIN} when no thread can
 * be made (ids exhausted, instantiation failed).
 *
 * <p>The new thread starts when the scheduler next runs: at the spawner's next wait, yield or
 * preemption. How the end of one thread ends the program is {@link WasiThreadEntry}'s part.
 *
 * @see <a href="https://github.com/WebAssembly/wasi-threads#design-choice-instance-per-thread">wasi-threads: instance per thread</a>
 */
final class WasiThreadSpawn extends RootNode {
    static final String MODULE = "wasi";
    static final String NAME = "thread-spawn";
    static final String START = "wasi_thread_start";
    static final FuncType TYPE = new FuncType(new byte[]{ValType.I32}, new byte[]{ValType.I32});
    private static final FuncType START_TYPE = new FuncType(new byte[]{ValType.I32, ValType.I32}, new byte[0]);

    private final WasiModule wasi;
    private final WasmContext context;
    private final Module module;
    private final ImportResolver imports;
    private final WasmFunction entry;

    /** @param imports everything the program's instances import: the host's imports, the shared memory, WASI */
    WasiThreadSpawn(TruffleLanguage<?> language, WasiModule wasi, WasmContext context, Module module, ImportResolver imports) {
        super(language);
        this.wasi = wasi;
        this.context = context;
        this.module = module;
        this.imports = imports;
        this.entry = new WasmFunction(START_TYPE, null, new WasiThreadEntry(language, this).getCallTarget(), START);
    }

    WasmFunction function() {
        return new WasmFunction(TYPE, null, getCallTarget(), MODULE + "." + NAME);
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return spawn((Integer) frame.getArguments()[1]);
    }

    @TruffleBoundary
    private int spawn(int startArg) {
        WasmMemory memory = wasi.memory().memory();
        if (!memory.shared() || !exportsThreadStart()) {
            return -Errno.INVAL.code();
        }
        WasmInstance instance;
        try {
            instance = Instantiator.instantiate(context, module, imports);
            wasi.bind(instance);
        } catch (WasmException e) {
            return -Errno.AGAIN.code();
        }
        WasmFunction start = (WasmFunction) instance.export(START);
        try {
            WasmThread thread = context.threads().spawn(entry, tid -> new Object[]{tid, startArg, start});
            return thread.id();
        } catch (IllegalStateException idsExhausted) {
            return -Errno.AGAIN.code();
        }
    }

    private boolean exportsThreadStart() {
        for (Export export : module.exports) {
            if (export.kind() == ExternKind.FUNC && START.equals(export.name())) {
                return module.functionType(export.index()).equals(START_TYPE);
            }
        }
        return false;
    }

    /** Ends every thread of the program with what ended one of them (see {@link WasiThreadEntry}). */
    @TruffleBoundary
    void endProgram(RuntimeException reason) {
        context.threads().endProgram(wasi.memory().memory(), () -> WasiThreadEntry.again(reason));
    }

    @Override
    public String getName() {
        return MODULE + "." + NAME;
    }
}
