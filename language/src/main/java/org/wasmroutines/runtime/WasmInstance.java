package org.wasmroutines.runtime;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import org.wasmroutines.WasmContext;
import org.wasmroutines.syntax.Export;
import org.wasmroutines.syntax.Module;

/**
 * A module instance: the function, table, memory and global instances of one instantiation
 * (imports first in every index space) and the state of its passive segments. Code is shared by
 * every instance of a module; each call receives its instance as argument 0 and reads these
 * fields. Built by {@link Instantiator}.
 *
 * @see <a href="https://webassembly.github.io/spec/core/exec/runtime.html#module-instances">Module instances</a>
 */
public final class WasmInstance {
    private static final Object[] DROPPED_ELEM = new Object[0];
    private static final byte[] DROPPED_DATA = new byte[0];

    private final Module module;
    private final WasmContext context;
    /** The whole function index space. */
    @CompilationFinal(dimensions = 1) public final WasmFunction[] functions;
    @CompilationFinal(dimensions = 1) public final WasmTable[] tables;
    @CompilationFinal(dimensions = 1) public final WasmMemory[] memories;
    @CompilationFinal(dimensions = 1) public final WasmGlobal[] globals;
    /** Memory 0, or null: the fast path of loads and stores. */
    public final WasmMemory memory0;

    private final Object[][] elemSegments;
    private final byte[][] dataSegments;

    /**
     * An instance whose arrays the {@link Instantiator} fills; memories are complete here, so that
     * {@link #memory0} can be final.
     */
    WasmInstance(Module module, WasmContext context, WasmMemory[] memories) {
        this.module = module;
        this.context = context;
        this.functions = new WasmFunction[module.functionCount()];
        this.tables = new WasmTable[module.tableCount()];
        this.memories = memories;
        this.globals = new WasmGlobal[module.globalCount()];
        this.memory0 = memories.length > 0 ? memories[0] : null;
        this.elemSegments = new Object[module.elems.length][];
        this.dataSegments = new byte[module.datas.length][];
    }

    public Module module() {
        return module;
    }

    /** The context the instance was created in (null only for instances built outside a context). */
    public WasmContext context() {
        return context;
    }

    /** The references of element segment {@code i}; empty once dropped (or if not passive). */
    public Object[] elemSegment(int i) {
        return elemSegments[i];
    }

    public void dropElem(int i) {
        elemSegments[i] = DROPPED_ELEM;
    }

    /** The bytes of data segment {@code i}; empty once dropped (or if active). */
    public byte[] dataSegment(int i) {
        return dataSegments[i];
    }

    public void dropData(int i) {
        dataSegments[i] = DROPPED_DATA;
    }

    void setElemSegment(int i, Object[] refs) {
        elemSegments[i] = refs;
    }

    void setDataSegment(int i, byte[] bytes) {
        dataSegments[i] = bytes;
    }

    /** The exported value ({@link WasmFunction}, {@link WasmTable}, {@link WasmMemory}, {@link WasmGlobal}) or null. */
    public Object export(String name) {
        for (Export export : module.exports) {
            if (export.name().equals(name)) {
                return externValue(export);
            }
        }
        return null;
    }

    /** The value an export refers to. */
    public Object externValue(Export export) {
        return switch (export.kind()) {
            case FUNC -> functions[export.index()];
            case TABLE -> tables[export.index()];
            case MEMORY -> memories[export.index()];
            case GLOBAL -> globals[export.index()];
        };
    }

    @Override
    public String toString() {
        String name = module.names.moduleName();
        return "instance" + (name == null ? "" : " " + name);
    }
}
