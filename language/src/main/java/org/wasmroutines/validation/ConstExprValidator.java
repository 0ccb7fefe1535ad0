package org.wasmroutines.validation;

import org.wasmroutines.binary.Opcodes;
import org.wasmroutines.errors.Failure;
import org.wasmroutines.errors.WasmException;
import org.wasmroutines.syntax.ConstExpr;
import org.wasmroutines.syntax.GlobalType;
import org.wasmroutines.syntax.Module;
import org.wasmroutines.syntax.ValType;

/**
 * Checks constant expressions (global initializers, segment offsets and element items): only
 * constant instructions, {@code global.get} only of visible immutable globals, and exactly one
 * result of the expected type.
 *
 * @see <a href="https://webassembly.github.io/spec/core/valid/instructions.html#constant-expressions">Constant expressions</a>
 */
final class ConstExprValidator {
    private ConstExprValidator() {
    }

    /**
     * @param visibleGlobals how many globals (from index 0) the expression may read: in Wasm 2.0
     *            global initializers see only imported globals
     */
    static void validate(Module module, IndexSpaces indices, ConstExpr expr, byte expected, int visibleGlobals) {
        byte[] stack = new byte[expr.length()];
        for (int i = 0; i < expr.length(); i++) {
            stack[i] = resultType(module, indices, expr.opcodes()[i], expr.immediates()[i], visibleGlobals);
        }
        // every constant instruction only pushes, so the expression has exactly its instructions as results
        if (stack.length != 1 || stack[0] != expected) {
            throw WasmException.create(Failure.TYPE_MISMATCH);
        }
    }

    private static byte resultType(Module module, IndexSpaces indices, int opcode, long immediate, int visibleGlobals) {
        return switch (opcode) {
            case Opcodes.I32_CONST -> ValType.I32;
            case Opcodes.I64_CONST -> ValType.I64;
            case Opcodes.F32_CONST -> ValType.F32;
            case Opcodes.F64_CONST -> ValType.F64;
            case Opcodes.REF_NULL -> (byte) immediate;
            case Opcodes.REF_FUNC -> {
                indices.function(asIndex(immediate));
                yield ValType.FUNCREF;
            }
            case Opcodes.GLOBAL_GET -> {
                int index = asIndex(immediate);
                if (index < 0 || index >= visibleGlobals) {
                    throw WasmException.create(Failure.UNKNOWN_GLOBAL, String.valueOf(immediate));
                }
                GlobalType type = module.globalType(index);
                if (type.mutable()) {
                    throw WasmException.create(Failure.CONSTANT_EXPRESSION_REQUIRED);
                }
                yield type.valType();
            }
            default -> throw WasmException.create(Failure.CONSTANT_EXPRESSION_REQUIRED);
        };
    }

    private static int asIndex(long immediate) {
        return immediate > Integer.MAX_VALUE ? -1 : (int) immediate;
    }
}
