package org.wasmroutines;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.TruffleFile;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.Source;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import org.graalvm.options.OptionDescriptors;
import org.graalvm.options.OptionValues;
import org.wasmroutines.binary.ModuleDecoder;
import org.wasmroutines.interop.BindingsObject;
import org.wasmroutines.interop.ModuleObject;
import org.wasmroutines.interop.RuntimeObject;
import org.wasmroutines.interop.ScriptReport;
import org.wasmroutines.nodes.FunctionCompiler;
import org.wasmroutines.runtime.ModuleCode;
import org.wasmroutines.script.WastRunner;
import org.wasmroutines.syntax.Module;
import org.wasmroutines.text.WatParser;
import org.wasmroutines.validation.ModuleValidator;

/**
 * Wasmroutines: WebAssembly as a Truffle language, with the threads of a wasm program run as green
 * threads. <b>Start reading here.</b> This is the map of the engine; each step names the class
 * that does it.
 *
 * <h2>From source to module</h2>
 * {@link #parse} takes three kinds of source:
 * <ul>
 * <li>a binary module ({@code application/wasm}, {@code .wasm}) is decoded by
 * {@link org.wasmroutines.binary.ModuleDecoder} into an immutable {@link org.wasmroutines.syntax.Module}
 * and checked by {@link org.wasmroutines.validation.ModuleValidator};</li>
 * <li>a text module ({@code text/x-wat}, {@code .wat}) is first translated to the binary format by
 * {@link org.wasmroutines.text.WatParser}, then goes the same way;</li>
 * <li>a test script ({@code text/x-wast}, {@code .wast}) is run by
 * {@link org.wasmroutines.script.WastRunner}; the result is its report
 * ({@link org.wasmroutines.interop.ScriptReport}: {@code passed}, {@code failed}, {@code failures}).</li>
 * </ul>
 * Every error carries the spec's words from one catalogue, {@link org.wasmroutines.errors.Failure},
 * in a {@link org.wasmroutines.errors.WasmException} whose kind says which phase failed.
 *
 * <h2>From module to instance</h2>
 * Evaluating a module source gives a {@link org.wasmroutines.interop.ModuleObject}; its
 * {@code newInstance(imports)} runs {@link org.wasmroutines.runtime.Instantiator}, which matches
 * imports ({@link org.wasmroutines.runtime.ImportResolver}, host callables become
 * {@link org.wasmroutines.runtime.HostFunction}s), allocates
 * {@link org.wasmroutines.runtime.WasmMemory memories}, {@link org.wasmroutines.runtime.WasmTable
 * tables}, {@link org.wasmroutines.runtime.WasmGlobal globals} and
 * {@link org.wasmroutines.runtime.WasmFunction functions}, applies the active segments and calls the
 * start function. The result is a {@link org.wasmroutines.runtime.WasmInstance}, seen from other
 * languages through {@link org.wasmroutines.interop.InstanceObject} and
 * {@link org.wasmroutines.interop.ExportsObject}.
 *
 * <h2>Execution</h2>
 * The code of a module is compiled once per module and shared by all its instances:
 * {@link #code} holds one Truffle call target per defined function, which
 * {@link org.wasmroutines.nodes.FunctionCompiler} builds when the function is first called. Each
 * instruction is a self-specializing node, structured control flow a tree, and Truffle partially
 * evaluates a function's tree into machine code. A call passes
 * {@code [instance, args...]}; the node tree reads memories, tables and globals from that
 * instance. Numeric instructions follow {@link org.wasmroutines.nodes.NumericOps}.
 *
 * <h2>Values and the polyglot boundary</h2>
 * Inside the engine i32, i64, f32 and f64 are {@code Integer}, {@code Long}, {@code Float} and
 * {@code Double}; references are {@link org.wasmroutines.runtime.WasmFunction}, host objects or
 * {@link org.wasmroutines.runtime.WasmNull}. {@link org.wasmroutines.interop.PolyglotValues}
 * converts at the boundary: exported functions are executable, memories are polyglot buffers
 * ({@link org.wasmroutines.interop.MemoryObject}), tables arrays
 * ({@link org.wasmroutines.interop.TableObject}), globals objects with a {@code value}
 * ({@link org.wasmroutines.interop.GlobalObject}). Every polyglot object extends
 * {@code interop.WasmObject}; their members are the embedding API, listed with arguments, results
 * and errors in {@code docs/embedding.md}.
 *
 * <h2>Threads</h2>
 * Shared memories ({@link org.wasmroutines.runtime.WasmMemory#shared()}) take the threads
 * proposal's atomic accesses through {@link org.wasmroutines.runtime.MemoryAtomics}; wasm threads
 * themselves are green threads scheduled by the engine (see {@code DESIGN.md}): the atomic nodes
 * ({@link org.wasmroutines.nodes.AtomicWaitNode} ...) and every spawn go through the context's
 * {@link org.wasmroutines.runtime.WasmThreads}, which owns the {@link org.wasmroutines.sched.Scheduler};
 * {@link org.wasmroutines.nodes.SchedulingPointNode} spends the preemption budget at function entries
 * and loop back-edges. Hosts reach the runtime as {@code context.getBindings("wasmroutines").getMember("runtime")}
 * ({@link org.wasmroutines.interop.RuntimeObject}), other languages of the context as the polyglot
 * binding {@value #RUNTIME_SYMBOL} (JavaScript awaits {@code runtime.runAsync()}, which runs the
 * scheduler in rounds between its promise jobs); a script's {@code (thread ...)} bodies are wasm
 * threads too ({@link org.wasmroutines.script.GreenScriptThreads}). When the context closes,
 * {@link #disposeContext} drops the wasm threads that have not ended ({@link WasmContext#close}).
 *
 * <h2>Options</h2>
 * {@link WasmOptions}; the per-context state is {@link WasmContext}.
 */
@TruffleLanguage.Registration(id = WasmLanguage.ID, name = "Wasmroutines", version = "0.1", //
                defaultMimeType = WasmLanguage.WASM_MIME_TYPE, //
                byteMimeTypes = WasmLanguage.WASM_MIME_TYPE, //
                characterMimeTypes = {WasmLanguage.WAT_MIME_TYPE, WasmLanguage.WAST_MIME_TYPE}, //
                contextPolicy = TruffleLanguage.ContextPolicy.SHARED, //
                fileTypeDetectors = WasmLanguage.FileDetector.class, //
                website = "https://github.com/WebAssembly/design/issues/1321")
public final class WasmLanguage extends TruffleLanguage<WasmContext> {
    public static final String ID = "wasmroutines";
    public static final String WASM_MIME_TYPE = "application/wasm";
    public static final String WAT_MIME_TYPE = "text/x-wat";
    public static final String WAST_MIME_TYPE = "text/x-wast";
    /** The name of the runtime object in the polyglot bindings. */
    public static final String RUNTIME_SYMBOL = "wasmroutines.runtime";

    private static final LanguageReference<WasmLanguage> REFERENCE = LanguageReference.create(WasmLanguage.class);

    /** The code of each module's defined functions, shared by its instances and contexts. */
    private final Map<Module, ModuleCode> code = Collections.synchronizedMap(new WeakHashMap<>());
    /**
     * Valid until a context of this language creates its threads scheduler: until then no wasm
     * thread can exist, so every function entry knows without looking up its context that it runs
     * outside one (the code, and so this answer, is shared by all contexts of the engine).
     */
    private final Assumption noScheduler = Truffle.getRuntime().createAssumption("no wasm threads scheduler yet");

    public static WasmLanguage get(Node node) {
        return REFERENCE.get(node);
    }

    /** See {@link org.wasmroutines.runtime.WasmThreads#current()}. */
    public Assumption noScheduler() {
        return noScheduler;
    }

    /** Called by a context's {@link org.wasmroutines.runtime.WasmThreads} when it creates its scheduler. */
    public void schedulerCreated() {
        noScheduler.invalidate();
    }

    @Override
    protected WasmContext createContext(Env env) {
        return new WasmContext(this, env);
    }

    /** {@code context.getBindings("wasmroutines")}: one member, {@code runtime}, the context's coroutine runtime. */
    @Override
    protected Object getScope(WasmContext context) {
        return new BindingsObject(new RuntimeObject(context.threads()));
    }

    /**
     * Other languages of the context find the runtime in the polyglot bindings, as
     * {@value #RUNTIME_SYMBOL} ({@code Polyglot.import} in JavaScript, {@code polyglot.import_value}
     * in Python), once wasm has been used in the context; only if the context allows polyglot
     * access.
     */
    @Override
    protected void initializeContext(WasmContext context) {
        if (context.env().isPolyglotBindingsAccessAllowed()) {
            context.env().exportSymbol(RUNTIME_SYMBOL, new RuntimeObject(context.threads()));
        }
    }

    /** Writes the schedule trace ({@code wasmroutines.TraceSchedule}) one last time. */
    @Override
    protected void finalizeContext(WasmContext context) {
        context.threads().writeTrace();
    }

    /** Drops the context's wasm threads that have not ended and ends what its WASI programs hold (see {@link WasmContext#close}). */
    @Override
    protected void disposeContext(WasmContext context) {
        context.close();
    }

    @Override
    protected OptionDescriptors getOptionDescriptors() {
        return new WasmOptionsOptionDescriptors();
    }

    @Override
    protected boolean areOptionsCompatible(OptionValues firstOptions, OptionValues newOptions) {
        // the options only set limits read by each context, never code shared between contexts
        return true;
    }

    /**
     * Any thread may enter a context: the parallel scheduler runs wasm threads on several carrier
     * threads. Wasm state that threads share is a shared memory, which is built for it; everything
     * else a wasm thread touches belongs to its own instance.
     */
    @Override
    protected boolean isThreadAccessAllowed(Thread thread, boolean singleThreaded) {
        return true;
    }

    @Override
    protected CallTarget parse(ParsingRequest request) {
        Source source = request.getSource();
        if (source.hasBytes()) {
            return new ConstantRootNode(this, new ModuleObject(decode(source.getBytes().toByteArray()))).getCallTarget();
        }
        if (isScript(source)) {
            return new ScriptRootNode(this, source).getCallTarget();
        }
        byte[] binary = WatParser.parseModule(source.getCharacters().toString());
        return new ConstantRootNode(this, new ModuleObject(decode(binary))).getCallTarget();
    }

    private static boolean isScript(Source source) {
        String mime = source.getMimeType();
        return WAST_MIME_TYPE.equals(mime) || (mime == null && source.getName() != null && source.getName().endsWith(".wast"));
    }

    /** Decodes and validates a binary module. */
    public static Module decode(byte[] bytes) {
        Module module = ModuleDecoder.decode(bytes);
        ModuleValidator.validate(module);
        return module;
    }

    /** The code of {@code module}'s defined functions, shared by its instances; each function's nodes are built on its first call. */
    public ModuleCode code(Module module) {
        ModuleCode moduleCode = code.get(module);
        if (moduleCode == null) {
            moduleCode = new ModuleCode(module.funcTypeIndices.length, (m, i) -> FunctionCompiler.callTarget(this, m, m.importedFunctionCount() + i));
            ModuleCode raced = code.putIfAbsent(module, moduleCode);
            moduleCode = raced == null ? moduleCode : raced;
        }
        return moduleCode;
    }

    /** The call target of a parsed module source: returns the module object. */
    private static final class ConstantRootNode extends RootNode {
        private final Object value;

        ConstantRootNode(WasmLanguage language, Object value) {
            super(language);
            this.value = value;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return value;
        }
    }

    /** The call target of a {@code .wast} source: runs the script in the current context. */
    private static final class ScriptRootNode extends RootNode {
        private final Source source;

        ScriptRootNode(WasmLanguage language, Source source) {
            super(language);
            this.source = source;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return run(WasmContext.get(this));
        }

        @TruffleBoundary
        private Object run(WasmContext context) {
            return ScriptReport.of(WastRunner.run(context, source.getCharacters().toString(), source.getName()));
        }
    }

    /** Recognizes {@code .wasm}, {@code .wat} and {@code .wast} files. */
    public static final class FileDetector implements TruffleFile.FileTypeDetector {
        @Override
        public String findMimeType(TruffleFile file) {
            String name = file.getName();
            if (name == null) {
                return null;
            }
            if (name.endsWith(".wasm")) {
                return WASM_MIME_TYPE;
            }
            if (name.endsWith(".wat")) {
                return WAT_MIME_TYPE;
            }
            return name.endsWith(".wast") ? WAST_MIME_TYPE : null;
        }

        @Override
        public Charset findEncoding(TruffleFile file) {
            String mime = findMimeType(file);
            return WAT_MIME_TYPE.equals(mime) || WAST_MIME_TYPE.equals(mime) ? StandardCharsets.UTF_8 : null;
        }
    }
}
