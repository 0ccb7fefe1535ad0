package org.wasmroutines.runtime;

import org.wasmroutines.binary.Opcodes;
import org.wasmroutines.syntax.ConstExpr;

/**
 * Evaluates a validated constant expression against an instance under construction: constants,
 * {@code ref.null}, {@code ref.func}, {@code global.get} (of globals already initialized), and the
 * extended-constant arithmetic {@code i32/i64.add/sub/mul}. The result is a boxed wasm value.
 *
 * @see <a href="https://webassembly.github.io/spec/core/exec/instructions.html#expressions">Evaluating expressions</a>
 */
final class ConstExprEvaluator {
    private ConstExprEvaluator() {
    }

    static Object evaluate(ConstExpr expr, WasmInstance instance) {
        Object[] stack = new Object[expr.length()];
        int sp = 0;
        for (int i = 0; i < expr.length(); i++) {
            long imm = expr.immediates()[i];
            switch (expr.opcodes()[i]) {
                case Opcodes.I32_CONST -> stack[sp++] = (int) imm;
                case Opcodes.I64_CONST -> stack[sp++] = imm;
                case Opcodes.F32_CONST -> stack[sp++] = Float.intBitsToFloat((int) imm);
                case Opcodes.F64_CONST -> stack[sp++] = Double.longBitsToDouble(imm);
                case Opcodes.REF_NULL -> stack[sp++] = WasmNull.NULL;
                case Opcodes.REF_FUNC -> stack[sp++] = instance.functions[(int) imm];
                case Opcodes.GLOBAL_GET -> stack[sp++] = instance.globals[(int) imm].getValue();
                case Opcodes.I32_ADD, Opcodes.I32_SUB, Opcodes.I32_MUL, Opcodes.I64_ADD, Opcodes.I64_SUB, Opcodes.I64_MUL -> {
                    Object right = stack[--sp];
                    stack[sp - 1] = arithmetic(expr.opcodes()[i], stack[sp - 1], right);
                }
                default -> throw new IllegalStateException("not a constant instruction: 0x" + Integer.toHexString(expr.opcodes()[i]));
            }
        }
        return stack[sp - 1];
    }

    private static Object arithmetic(int opcode, Object left, Object right) {
        return switch (opcode) {
            case Opcodes.I32_ADD -> (int) left + (int) right;
            case Opcodes.I32_SUB -> (int) left - (int) right;
            case Opcodes.I32_MUL -> (int) left * (int) right;
            case Opcodes.I64_ADD -> (long) left + (long) right;
            case Opcodes.I64_SUB -> (long) left - (long) right;
            default -> (long) left * (long) right;
        };
    }
}
