package org.wasmroutines.wasi;

import java.util.HashMap;
import java.util.Map;
import org.wasmroutines.WasmContext;
import org.wasmroutines.WasmOptions;
import org.wasmroutines.errors.Failure;
import org.wasmroutines.errors.WasmException;
import org.wasmroutines.runtime.ImportResolver;
import org.wasmroutines.runtime.Instantiator;
import org.wasmroutines.runtime.WasmFunction;
import org.wasmroutines.runtime.WasmInstance;
import org.wasmroutines.runtime.WasmMemory;
import org.wasmroutines.syntax.Import;
import org.wasmroutines.syntax.Module;

/**
 * The {@code wasi_snapshot_preview1} import module of one WASI program: an
 * {@link ImportResolver} that supplies its functions, all working on one
 * {@link WasiEnvironment} and one linear memory.
 *
 * <p>Host functions receive only their arguments, so the memory is bound after instantiation
 * with {@link #bind}: the instance's export {@code memory}, or else its memory 0. Several
 * instances may bind the same module when they share that memory (the threads of a wasi-threads
 * program import one shared memory); binding a different memory is an error. Use:
 *
 * <pre>
 * WasiModule wasi = WasiModule.create(context);
 * WasmInstance instance = Instantiator.instantiate(context, module, wasi.behind(otherImports));
 * wasi.bind(instance);
 * </pre>
 */
public final class WasiModule implements ImportResolver {
    public static final String NAME = "wasi_snapshot_preview1";

    private final WasmContext context;
    private final WasiEnvironment environment;
    private final Map<String, WasmFunction> functions = new HashMap<>();
    private volatile GuestMemory memory;
    /** {@code wasi} {@code thread-spawn}, once {@link #instantiate} has made this module a program's. */
    private WasmFunction threadSpawn;

    private WasiModule(WasmContext context, WasiEnvironment environment) {
        this.context = context;
        this.environment = environment;
    }

    /**
     * Instantiates {@code module} with {@code imports}; when the option {@code wasmroutines.Wasi}
     * is on and the module imports from {@code wasi_snapshot_preview1} or {@code wasi}, a new WASI
     * program ({@link #create(WasmContext)}) supplies what {@code imports} does not, and is bound
     * to the new instance's memory.
     *
     * <p>The program can have threads (wasi-threads): {@code wasi} {@code thread-spawn} makes new
     * instances of {@code module} with the same imports. A shared memory the module imports and
     * {@code imports} does not supply is created here from the import's type, once for all of
     * them, as wasi-threads hosts do.
     */
    public static WasmInstance instantiate(WasmContext context, Module module, ImportResolver imports) {
        if (!context.env().getOptions().get(WasmOptions.Wasi) || !importsWasi(module)) {
            return Instantiator.instantiate(context, module, imports);
        }
        WasiModule wasi = create(context);
        ImportResolver all = wasi.behind(withSharedMemories(context, module, imports));
        wasi.threadSpawn = new WasiThreadSpawn(context.language(), wasi, context, module, all).function();
        WasmInstance instance = Instantiator.instantiate(context, module, all);
        wasi.bind(instance);
        return instance;
    }

    /** {@code imports}, then a new shared memory for each shared memory import it leaves unresolved. */
    private static ImportResolver withSharedMemories(WasmContext context, Module module, ImportResolver imports) {
        Map<String, WasmMemory> created = new HashMap<>();
        return (moduleName, name) -> {
            Object value = imports == null ? null : imports.resolve(moduleName, name);
            if (value != null) {
                return value;
            }
            for (Import imp : module.imports) {
                if (imp.memory() != null && imp.memory().shared() && imp.module().equals(moduleName) && imp.name().equals(name)) {
                    synchronized (created) {
                        return created.computeIfAbsent(moduleName + "\0" + name,
                                        key -> new WasmMemory(imp.memory().limits().min(), imp.memory().limits().max(), true, context.maxMemoryPages()));
                    }
                }
            }
            return null;
        };
    }

    static boolean importsWasi(Module module) {
        for (Import imp : module.imports) {
            if (NAME.equals(imp.module()) || WasiThreadSpawn.MODULE.equals(imp.module())) {
                return true;
            }
        }
        return false;
    }

    /** A new program: the environment the context's options describe. */
    public static WasiModule create(WasmContext context) {
        return new WasiModule(context, WasiEnvironment.fromContext(context.env()));
    }

    public static WasiModule create(WasmContext context, WasiEnvironment environment) {
        return new WasiModule(context, environment);
    }

    public WasiEnvironment environment() {
        return environment;
    }

    /**
     * The function {@code name} of {@code wasi_snapshot_preview1}, or {@code wasi}
     * {@code thread-spawn} of a program made by {@link #instantiate}; null for anything else.
     */
    @Override
    public synchronized Object resolve(String module, String name) {
        if (WasiThreadSpawn.MODULE.equals(module)) {
            return WasiThreadSpawn.NAME.equals(name) ? threadSpawn : null;
        }
        if (!NAME.equals(module)) {
            return null;
        }
        WasmFunction function = functions.get(name);
        if (function == null) {
            WasiNode node = WasiFunctions.create(name);
            if (node == null) {
                return null;
            }
            function = new WasmFunction(node.type(), null, new WasiRootNode(context.language(), this, node).getCallTarget(), NAME + "." + name);
            functions.put(name, function);
        }
        return function;
    }

    /** Imports from {@code first}, and WASI functions where {@code first} has nothing. */
    public ImportResolver behind(ImportResolver first) {
        return (module, name) -> {
            Object value = first == null ? null : first.resolve(module, name);
            return value != null ? value : resolve(module, name);
        };
    }

    /**
     * Binds the memory WASI functions read and write: {@code instance}'s export {@code memory},
     * or its memory 0. An instance without memory leaves the binding as it was.
     */
    public void bind(WasmInstance instance) {
        WasmMemory found = instance.export("memory") instanceof WasmMemory exported ? exported : instance.memory0;
        if (found == null) {
            return;
        }
        synchronized (this) {
            if (memory != null && memory.memory() != found) {
                throw WasmException.of(Failure.Kind.UNLINKABLE, "WASI program bound to another memory: every instance of a WASI program must share one memory");
            }
            memory = new GuestMemory(found);
        }
    }

    GuestMemory memory() {
        GuestMemory bound = memory;
        if (bound == null) {
            throw WasmException.of(Failure.Kind.TRAP, "WASI function called before the program's memory was bound (no exported \"memory\")");
        }
        return bound;
    }
}
