package org.wasmroutines.validation;

import org.wasmroutines.errors.Failure;
import org.wasmroutines.errors.WasmException;
import org.wasmroutines.syntax.Module;

/**
 * Index checks against a module's index spaces (the context C of the spec), each failing with
 * "unknown <space> <index>", plus the set C.refs of functions that {@code ref.func} may name.
 *
 * @see <a href="https://webassembly.github.io/spec/core/valid/conventions.html#contexts">Contexts</a>
 */
final class IndexSpaces {
    private final Module module;
    private final boolean[] declaredReferences;

    IndexSpaces(Module module, boolean[] declaredReferences) {
        this.module = module;
        this.declaredReferences = declaredReferences;
    }

    private static int check(int index, int count, Failure unknown) {
        if (index < 0 || index >= count) {
            throw WasmException.create(unknown, String.valueOf(Integer.toUnsignedLong(index)));
        }
        return index;
    }

    int type(int index) {
        return check(index, module.types.length, Failure.UNKNOWN_TYPE);
    }

    int function(int index) {
        return check(index, module.functionCount(), Failure.UNKNOWN_FUNCTION);
    }

    int table(int index) {
        return check(index, module.tableCount(), Failure.UNKNOWN_TABLE);
    }

    int memory(int index) {
        return check(index, module.memoryCount(), Failure.UNKNOWN_MEMORY);
    }

    int global(int index) {
        return check(index, module.globalCount(), Failure.UNKNOWN_GLOBAL);
    }

    int elem(int index) {
        return check(index, module.elems.length, Failure.UNKNOWN_ELEM_SEGMENT);
    }

    /** Data segment indices are bounded by the data count section when there is one. */
    int data(int index) {
        return check(index, module.dataCount >= 0 ? module.dataCount : module.datas.length, Failure.UNKNOWN_DATA_SEGMENT);
    }

    /**
     * A {@code ref.func} inside a function may only name a function that the module references
     * elsewhere (elements, exports, globals).
     *
     * @see <a href="https://webassembly.github.io/spec/core/valid/modules.html#modules">C.refs</a>
     */
    void declaredFunctionReference(int index) {
        function(index);
        if (!declaredReferences[index]) {
            throw WasmException.create(Failure.UNDECLARED_FUNCTION_REFERENCE);
        }
    }
}
