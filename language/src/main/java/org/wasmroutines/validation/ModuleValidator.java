package org.wasmroutines.validation;

import java.util.HashSet;
import java.util.Set;

import org.wasmroutines.binary.Opcodes;
import org.wasmroutines.errors.Failure;
import org.wasmroutines.errors.WasmException;
import org.wasmroutines.syntax.ConstExpr;
import org.wasmroutines.syntax.DataSegment;
import org.wasmroutines.syntax.ElemSegment;
import org.wasmroutines.syntax.Export;
import org.wasmroutines.syntax.ExternKind;
import org.wasmroutines.syntax.FuncType;
import org.wasmroutines.syntax.Import;
import org.wasmroutines.syntax.MemoryType;
import org.wasmroutines.syntax.Module;
import org.wasmroutines.syntax.SegmentMode;
import org.wasmroutines.syntax.TableType;
import org.wasmroutines.syntax.ValType;

/**
 * Validates a decoded module, in the reference interpreter's order: imports, function types,
 * globals, tables, memories, segments, function bodies, start function, exports. Throws
 * {@link WasmException} of kind INVALID. Afterwards every function body is well-typed.
 *
 * @see <a href="https://webassembly.github.io/spec/core/valid/modules.html">Module validation</a>
 */
public final class ModuleValidator {
    private final Module module;
    private final IndexSpaces indices;
    /** Wasm 2.0 constant expressions may only read imported globals (the context C'). */
    private final int visibleGlobals;

    private ModuleValidator(Module module) {
        this.module = module;
        this.indices = new IndexSpaces(module, declaredReferences(module));
        this.visibleGlobals = module.importedGlobalCount();
    }

    /** Validates {@code module}; throws an INVALID {@link WasmException} with the spec's message. */
    public static void validate(Module module) {
        new ModuleValidator(module).run();
    }

    private void run() {
        for (Import imp : module.imports) {
            switch (imp.kind()) {
                case FUNC -> indices.type(imp.funcTypeIndex());
                case TABLE -> TypeRules.table(imp.table());
                case MEMORY -> TypeRules.memory(imp.memory());
                case GLOBAL -> {
                }
            }
        }
        for (int typeIndex : module.funcTypeIndices) {
            indices.type(typeIndex);
        }
        for (int i = 0; i < module.globalTypes.length; i++) {
            constExpr(module.globalInits[i], module.globalTypes[i].valType());
        }
        for (TableType table : module.tables) {
            TypeRules.table(table);
        }
        for (MemoryType memory : module.memories) {
            TypeRules.memory(memory);
        }
        for (ElemSegment elem : module.elems) {
            elem(elem);
        }
        for (DataSegment data : module.datas) {
            if (data.mode() == SegmentMode.ACTIVE) {
                indices.memory(data.memoryIndex());
                constExpr(data.offset(), ValType.I32);
            }
        }
        for (int i = 0; i < module.code.length; i++) {
            FunctionValidator.validate(module, indices, i);
        }
        start();
        exports();
        // @see valid/modules.html#modules: Wasm 2.0 allows several tables but at most one memory
        if (module.memoryCount() > 1) {
            throw WasmException.create(Failure.MULTIPLE_MEMORIES);
        }
    }

    private void constExpr(ConstExpr expr, byte type) {
        ConstExprValidator.validate(module, indices, expr, type, visibleGlobals);
    }

    /** @see <a href="https://webassembly.github.io/spec/core/valid/modules.html#element-segments">Element segments</a> */
    private void elem(ElemSegment elem) {
        if (elem.mode() == SegmentMode.ACTIVE) {
            TableType table = module.tableType(indices.table(elem.tableIndex()));
            if (table.elemType() != elem.elemType()) {
                throw WasmException.create(Failure.TYPE_MISMATCH);
            }
            constExpr(elem.offset(), ValType.I32);
        }
        for (ConstExpr item : elem.items()) {
            constExpr(item, elem.elemType());
        }
    }

    /** @see <a href="https://webassembly.github.io/spec/core/valid/modules.html#start-function">Start function</a> */
    private void start() {
        if (module.start != -1) {
            FuncType type = module.functionType(indices.function(module.start));
            if (type.paramCount() != 0 || type.resultCount() != 0) {
                throw WasmException.create(Failure.START_FUNCTION);
            }
        }
    }

    /** @see <a href="https://webassembly.github.io/spec/core/valid/modules.html#exports">Exports</a> */
    private void exports() {
        Set<String> names = new HashSet<>();
        for (Export export : module.exports) {
            switch (export.kind()) {
                case FUNC -> indices.function(export.index());
                case TABLE -> indices.table(export.index());
                case MEMORY -> indices.memory(export.index());
                case GLOBAL -> indices.global(export.index());
            }
            if (!names.add(export.name())) {
                throw WasmException.create(Failure.DUPLICATE_EXPORT_NAME);
            }
        }
    }

    /**
     * C.refs: the functions referenced outside function bodies (by {@code ref.func} in global
     * initializers and segments, or by exports), which {@code ref.func} in a body may name.
     *
     * @see <a href="https://webassembly.github.io/spec/core/valid/modules.html#modules">Modules</a>
     */
    private static boolean[] declaredReferences(Module module) {
        boolean[] declared = new boolean[module.functionCount()];
        for (ConstExpr init : module.globalInits) {
            markReferences(init, declared);
        }
        for (ElemSegment elem : module.elems) {
            if (elem.offset() != null) {
                markReferences(elem.offset(), declared);
            }
            for (ConstExpr item : elem.items()) {
                markReferences(item, declared);
            }
        }
        for (DataSegment data : module.datas) {
            if (data.offset() != null) {
                markReferences(data.offset(), declared);
            }
        }
        for (Export export : module.exports) {
            if (export.kind() == ExternKind.FUNC && export.index() >= 0 && export.index() < declared.length) {
                declared[export.index()] = true;
            }
        }
        return declared;
    }

    private static void markReferences(ConstExpr expr, boolean[] declared) {
        for (int i = 0; i < expr.length(); i++) {
            long index = expr.immediates()[i];
            if (expr.opcodes()[i] == Opcodes.REF_FUNC && index >= 0 && index < declared.length) {
                declared[(int) index] = true;
            }
        }
    }
}
