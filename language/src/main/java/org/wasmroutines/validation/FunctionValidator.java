package org.wasmroutines.validation;

import org.wasmroutines.binary.CodeReader;
import org.wasmroutines.binary.Opcodes;
import org.wasmroutines.errors.Failure;
import org.wasmroutines.errors.WasmException;
import org.wasmroutines.syntax.FuncType;
import org.wasmroutines.syntax.FunctionBody;
import org.wasmroutines.syntax.Module;
import org.wasmroutines.syntax.ValType;

/**
 * Type-checks one function body: control, parametric, variable, reference and numeric
 * instructions here; memory, table and atomic instructions in {@link StorageInstructions}.
 *
 * @see <a href="https://webassembly.github.io/spec/core/valid/instructions.html">Instruction validation</a>
 * @see <a href="https://webassembly.github.io/spec/core/appendix/algorithm.html">Validation algorithm</a>
 */
final class FunctionValidator {
    private static final byte[] NONE = new byte[0];

    private final Module module;
    private final IndexSpaces indices;
    private final OperandStack stack = new OperandStack();
    private final StorageInstructions storage;
    private final byte[] locals;
    private final CodeReader code;

    private FunctionValidator(Module module, IndexSpaces indices, FuncType type, FunctionBody body) {
        this.module = module;
        this.indices = indices;
        this.code = CodeReader.of(body);
        this.storage = new StorageInstructions(module, indices, stack, code);
        byte[] params = type.params();
        this.locals = new byte[params.length + body.localTypes().length];
        System.arraycopy(params, 0, locals, 0, params.length);
        System.arraycopy(body.localTypes(), 0, locals, params.length, body.localTypes().length);
    }

    /** @see <a href="https://webassembly.github.io/spec/core/valid/modules.html#functions">Functions</a> */
    static void validate(Module module, IndexSpaces indices, int definedIndex) {
        FuncType type = module.types[module.funcTypeIndices[definedIndex]];
        new FunctionValidator(module, indices, type, module.code[definedIndex]).run(type);
    }

    private void run(FuncType type) {
        stack.pushFrame(Opcodes.BLOCK, NONE, type.results());
        while (stack.frameCount() > 0) {
            instruction(code.readOpcode());
        }
    }

    private void instruction(int opcode) {
        byte[] numeric = NumericSignatures.of(opcode);
        if (numeric != null) {
            for (int i = numeric.length - 2; i >= 0; i--) {
                stack.pop(numeric[i]);
            }
            stack.push(numeric[numeric.length - 1]);
            return;
        }
        switch (opcode) {
            case Opcodes.UNREACHABLE -> stack.markUnreachable();
            case Opcodes.NOP -> {
            }
            case Opcodes.BLOCK, Opcodes.LOOP -> block(opcode);
            case Opcodes.IF -> {
                stack.pop(ValType.I32);
                block(opcode);
            }
            case Opcodes.ELSE -> {
                OperandStack.Frame frame = stack.popFrame();
                stack.pushFrame(Opcodes.ELSE, frame.params, frame.results);
            }
            case Opcodes.END -> end();
            case Opcodes.BR -> {
                stack.popAll(stack.label(code.readU32()).labelTypes());
                stack.markUnreachable();
            }
            case Opcodes.BR_IF -> {
                stack.pop(ValType.I32);
                byte[] types = stack.label(code.readU32()).labelTypes();
                stack.popAll(types);
                stack.pushAll(types);
            }
            case Opcodes.BR_TABLE -> brTable();
            case Opcodes.RETURN -> {
                stack.popAll(stack.functionFrame().results);
                stack.markUnreachable();
            }
            case Opcodes.CALL -> call(module.functionType(indices.function(code.readU32())));
            case Opcodes.CALL_INDIRECT -> callIndirect();
            case Opcodes.DROP -> stack.pop();
            case Opcodes.SELECT -> select();
            case Opcodes.SELECT_T -> selectTyped();
            case Opcodes.LOCAL_GET -> stack.push(local(code.readU32()));
            case Opcodes.LOCAL_SET -> stack.pop(local(code.readU32()));
            case Opcodes.LOCAL_TEE -> {
                byte type = local(code.readU32());
                stack.pop(type);
                stack.push(type);
            }
            case Opcodes.GLOBAL_GET -> stack.push(module.globalType(indices.global(code.readU32())).valType());
            case Opcodes.GLOBAL_SET -> globalSet();
            case Opcodes.I32_CONST -> {
                code.readI32();
                stack.push(ValType.I32);
            }
            case Opcodes.I64_CONST -> {
                code.readI64();
                stack.push(ValType.I64);
            }
            case Opcodes.F32_CONST -> {
                code.readF32Bits();
                stack.push(ValType.F32);
            }
            case Opcodes.F64_CONST -> {
                code.readF64Bits();
                stack.push(ValType.F64);
            }
            case Opcodes.REF_NULL -> stack.push((byte) code.readByte());
            case Opcodes.REF_IS_NULL -> {
                byte type = stack.pop();
                if (type != OperandStack.UNKNOWN && !ValType.isReference(type)) {
                    throw OperandStack.typeMismatch();
                }
                stack.push(ValType.I32);
            }
            case Opcodes.REF_FUNC -> {
                indices.declaredFunctionReference(code.readU32());
                stack.push(ValType.FUNCREF);
            }
            default -> storage.instruction(opcode);
        }
    }

    /** @see <a href="https://webassembly.github.io/spec/core/valid/instructions.html#valid-blocktype">Block types</a> */
    private void block(int opcode) {
        int blockType = code.readBlockType();
        byte[] params = NONE;
        byte[] results;
        if (blockType == CodeReader.BLOCK_TYPE_EMPTY) {
            results = NONE;
        } else if (blockType < 0) {
            byte type = CodeReader.blockValueType(blockType);
            if (!ValType.isValid(type)) {
                throw WasmException.create(Failure.UNKNOWN_TYPE);
            }
            results = new byte[]{type};
        } else {
            FuncType type = module.types[indices.type(blockType)];
            params = type.params();
            results = type.results();
        }
        stack.popAll(params);
        stack.pushFrame(opcode, params, results);
    }

    private void end() {
        OperandStack.Frame frame = stack.popFrame();
        // an `if` without `else` has an empty else branch, which must map params to results
        if (frame.opcode == Opcodes.IF && !java.util.Arrays.equals(frame.params, frame.results)) {
            throw OperandStack.typeMismatch();
        }
        if (stack.frameCount() > 0) {
            stack.pushAll(frame.results);
        }
    }

    /** @see <a href="https://webassembly.github.io/spec/core/valid/instructions.html#xref-syntax-instructions-syntax-instr-control-mathsf-br-table-l-ast-l-n">br_table</a> */
    private void brTable() {
        int count = code.readU32();
        int[] labels = new int[count];
        for (int i = 0; i < count; i++) {
            labels[i] = code.readU32();
        }
        int defaultLabel = code.readU32();
        stack.pop(ValType.I32);
        byte[] defaultTypes = stack.label(defaultLabel).labelTypes();
        for (int label : labels) {
            byte[] types = stack.label(label).labelTypes();
            if (types.length != defaultTypes.length) {
                throw OperandStack.typeMismatch();
            }
            // check against each target's types without consuming the operands
            byte[] popped = new byte[types.length];
            for (int i = types.length - 1; i >= 0; i--) {
                popped[i] = stack.pop(types[i]);
            }
            stack.pushAll(popped);
        }
        stack.popAll(defaultTypes);
        stack.markUnreachable();
    }

    private void call(FuncType type) {
        for (int i = type.paramCount() - 1; i >= 0; i--) {
            stack.pop(type.param(i));
        }
        for (int i = 0; i < type.resultCount(); i++) {
            stack.push(type.result(i));
        }
    }

    /** @see <a href="https://webassembly.github.io/spec/core/valid/instructions.html#xref-syntax-instructions-syntax-instr-control-mathsf-call-indirect-x-y">call_indirect</a> */
    private void callIndirect() {
        int typeIndex = code.readU32();
        int table = indices.table(code.readU32());
        if (module.tableType(table).elemType() != ValType.FUNCREF) {
            throw OperandStack.typeMismatch();
        }
        FuncType type = module.types[indices.type(typeIndex)];
        stack.pop(ValType.I32);
        call(type);
    }

    /** Untyped select: only for numeric operands. */
    private void select() {
        stack.pop(ValType.I32);
        byte first = stack.pop();
        byte second = stack.pop();
        boolean numeric = (first == OperandStack.UNKNOWN || ValType.isNumber(first))
                        && (second == OperandStack.UNKNOWN || ValType.isNumber(second));
        if (!numeric || (first != second && first != OperandStack.UNKNOWN && second != OperandStack.UNKNOWN)) {
            throw OperandStack.typeMismatch();
        }
        stack.push(first == OperandStack.UNKNOWN ? second : first);
    }

    private void selectTyped() {
        int count = code.readU32();
        if (count != 1) {
            throw WasmException.create(Failure.INVALID_RESULT_ARITY);
        }
        byte type = (byte) code.readByte();
        stack.pop(ValType.I32);
        stack.pop(type);
        stack.pop(type);
        stack.push(type);
    }

    private byte local(int index) {
        if (index < 0 || index >= locals.length) {
            throw WasmException.create(Failure.UNKNOWN_LOCAL, String.valueOf(Integer.toUnsignedLong(index)));
        }
        return locals[index];
    }

    private void globalSet() {
        var type = module.globalType(indices.global(code.readU32()));
        if (!type.mutable()) {
            throw WasmException.create(Failure.GLOBAL_IS_IMMUTABLE);
        }
        stack.pop(type.valType());
    }
}
