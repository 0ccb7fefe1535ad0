package org.wasmroutines.runtime;

import org.wasmroutines.WasmContext;
import org.wasmroutines.syntax.DataSegment;
import org.wasmroutines.syntax.ElemSegment;
import org.wasmroutines.syntax.ExternKind;
import org.wasmroutines.syntax.Import;
import org.wasmroutines.syntax.MemoryType;
import org.wasmroutines.syntax.Module;
import org.wasmroutines.syntax.SegmentMode;
import org.wasmroutines.syntax.TableType;

/**
 * Instantiates a validated module, in the spec's order: resolve and match the imports
 * (unlinkable on failure), allocate memories, tables and functions, initialize globals in order,
 * evaluate every element segment, apply active element segments then active data segments in
 * order (a segment out of bounds traps, and the segments before it stay written), drop active and
 * declarative segments, and finally call the start function.
 *
 * @see <a href="https://webassembly.github.io/spec/core/exec/modules.html#instantiation">Instantiation</a>
 */
public final class Instantiator {
    private Instantiator() {
    }

    /** @param imports where imports come from; null means none */
    public static WasmInstance instantiate(WasmContext context, Module module, ImportResolver imports) {
        ImportResolver resolver = imports == null ? ImportResolver.NONE : imports;
        Object[] linked = new Object[module.imports.length];
        for (int i = 0; i < linked.length; i++) {
            linked[i] = ImportLinker.link(context, module, module.imports[i], resolver);
        }
        WasmInstance instance = new WasmInstance(module, context, memories(context, module, linked));
        int funcs = 0;
        int tables = 0;
        int globals = 0;
        for (int i = 0; i < linked.length; i++) {
            Import imp = module.imports[i];
            switch (imp.kind()) {
                case FUNC -> instance.functions[funcs++] = (WasmFunction) linked[i];
                case TABLE -> instance.tables[tables++] = (WasmTable) linked[i];
                case GLOBAL -> instance.globals[globals++] = (WasmGlobal) linked[i];
                case MEMORY -> {
                }
            }
        }
        for (TableType type : module.tables) {
            instance.tables[tables++] = new WasmTable(type.elemType(), type.limits().min(), type.limits().max(), WasmNull.NULL, context.maxTableSize());
        }
        ModuleCode code = context.language().code(module);
        for (int i = 0; i < code.size(); i++) {
            int index = funcs + i;
            instance.functions[index] = new WasmFunction(module.functionType(index), instance, code, i, index);
        }
        for (int i = 0; i < module.globalTypes.length; i++) {
            instance.globals[globals + i] = new WasmGlobal(module.globalTypes[i], ConstExprEvaluator.evaluate(module.globalInits[i], instance));
        }
        initializeElems(module, instance);
        initializeDatas(module, instance);
        if (module.start >= 0) {
            instance.functions[module.start].invoke();
        }
        return instance;
    }

    private static WasmMemory[] memories(WasmContext context, Module module, Object[] linked) {
        WasmMemory[] memories = new WasmMemory[module.memoryCount()];
        int next = 0;
        for (int i = 0; i < linked.length; i++) {
            if (module.imports[i].kind() == ExternKind.MEMORY) {
                memories[next++] = (WasmMemory) linked[i];
            }
        }
        for (MemoryType type : module.memories) {
            memories[next++] = new WasmMemory(type.limits().min(), type.limits().max(), type.shared(), context.maxMemoryPages());
        }
        return memories;
    }

    /** @see <a href="https://webassembly.github.io/spec/core/exec/modules.html#instantiation">steps 13-14 (elem)</a> */
    private static void initializeElems(Module module, WasmInstance instance) {
        for (int i = 0; i < module.elems.length; i++) {
            ElemSegment segment = module.elems[i];
            Object[] refs = new Object[segment.items().length];
            for (int j = 0; j < refs.length; j++) {
                refs[j] = ConstExprEvaluator.evaluate(segment.items()[j], instance);
            }
            instance.setElemSegment(i, refs);
        }
        for (int i = 0; i < module.elems.length; i++) {
            ElemSegment segment = module.elems[i];
            if (segment.mode() == SegmentMode.ACTIVE) {
                long offset = Integer.toUnsignedLong((int) ConstExprEvaluator.evaluate(segment.offset(), instance));
                Object[] refs = instance.elemSegment(i);
                instance.tables[segment.tableIndex()].init(null, offset, refs, 0, refs.length);
            }
            if (segment.mode() != SegmentMode.PASSIVE) {
                instance.dropElem(i);
            }
        }
    }

    private static void initializeDatas(Module module, WasmInstance instance) {
        for (int i = 0; i < module.datas.length; i++) {
            instance.setDataSegment(i, module.datas[i].bytes());
        }
        for (int i = 0; i < module.datas.length; i++) {
            DataSegment segment = module.datas[i];
            if (segment.mode() == SegmentMode.ACTIVE) {
                long offset = Integer.toUnsignedLong((int) ConstExprEvaluator.evaluate(segment.offset(), instance));
                instance.memories[segment.memoryIndex()].init(null, offset, segment.bytes(), 0, segment.bytes().length);
                instance.dropData(i);
            }
        }
    }
}
