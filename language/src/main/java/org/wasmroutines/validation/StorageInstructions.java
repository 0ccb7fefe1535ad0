package org.wasmroutines.validation;

import org.wasmroutines.binary.CodeReader;
import org.wasmroutines.binary.Opcodes;
import org.wasmroutines.errors.Failure;
import org.wasmroutines.errors.WasmException;
import org.wasmroutines.syntax.Module;
import org.wasmroutines.syntax.ValType;

/**
 * Type-checks the instructions that touch memories and tables: loads, stores, atomics (threads
 * proposal), memory.size/grow, bulk memory and table instructions.
 *
 * @see <a href="https://webassembly.github.io/spec/core/valid/instructions.html#memory-instructions">Memory instructions</a>
 * @see <a href="https://webassembly.github.io/spec/core/valid/instructions.html#table-instructions">Table instructions</a>
 */
final class StorageInstructions {
    private final Module module;
    private final IndexSpaces indices;
    private final OperandStack stack;
    private final CodeReader code;

    StorageInstructions(Module module, IndexSpaces indices, OperandStack stack, CodeReader code) {
        this.module = module;
        this.indices = indices;
        this.stack = stack;
        this.code = code;
    }

    void instruction(int opcode) {
        MemoryAccesses.Access access = MemoryAccesses.of(opcode);
        if (access != null) {
            memoryAccess(access);
            return;
        }
        switch (opcode) {
            case Opcodes.MEMORY_SIZE -> {
                memoryZero();
                code.readByte();
                stack.push(ValType.I32);
            }
            case Opcodes.MEMORY_GROW -> {
                memoryZero();
                code.readByte();
                stack.pop(ValType.I32);
                stack.push(ValType.I32);
            }
            case Opcodes.ATOMIC_FENCE -> code.readByte();
            case Opcodes.MEMORY_INIT -> {
                int data = code.readU32();
                memoryZero();
                indices.data(data);
                code.readByte();
                popI32s(3);
            }
            case Opcodes.DATA_DROP -> indices.data(code.readU32());
            case Opcodes.MEMORY_COPY -> {
                code.readByte();
                code.readByte();
                memoryZero();
                popI32s(3);
            }
            case Opcodes.MEMORY_FILL -> {
                code.readByte();
                memoryZero();
                popI32s(3);
            }
            case Opcodes.TABLE_GET -> {
                byte type = tableElemType(code.readU32());
                stack.pop(ValType.I32);
                stack.push(type);
            }
            case Opcodes.TABLE_SET -> {
                byte type = tableElemType(code.readU32());
                stack.pop(type);
                stack.pop(ValType.I32);
            }
            case Opcodes.TABLE_SIZE -> {
                tableElemType(code.readU32());
                stack.push(ValType.I32);
            }
            case Opcodes.TABLE_GROW -> {
                byte type = tableElemType(code.readU32());
                stack.pop(ValType.I32);
                stack.pop(type);
                stack.push(ValType.I32);
            }
            case Opcodes.TABLE_FILL -> {
                byte type = tableElemType(code.readU32());
                stack.pop(ValType.I32);
                stack.pop(type);
                stack.pop(ValType.I32);
            }
            case Opcodes.TABLE_COPY -> {
                byte destination = tableElemType(code.readU32());
                byte source = tableElemType(code.readU32());
                if (destination != source) {
                    throw OperandStack.typeMismatch();
                }
                popI32s(3);
            }
            case Opcodes.TABLE_INIT -> {
                int elem = code.readU32();
                byte tableType = tableElemType(code.readU32());
                if (module.elems[indices.elem(elem)].elemType() != tableType) {
                    throw OperandStack.typeMismatch();
                }
                popI32s(3);
            }
            case Opcodes.ELEM_DROP -> indices.elem(code.readU32());
            default -> throw WasmException.create(Failure.ILLEGAL_OPCODE);
        }
    }

    /**
     * The alignment exponent may not exceed the natural alignment, and must equal it for atomics.
     *
     * @see <a href="https://webassembly.github.io/spec/core/valid/instructions.html#xref-syntax-instructions-syntax-instr-memory-mathsf-load-xref-syntax-instructions-syntax-memarg-mathit-memarg">Loads</a>
     */
    private void memoryAccess(MemoryAccesses.Access access) {
        memoryZero();
        int align = code.readU32();
        code.readU32();
        if (access.atomic() ? align != access.naturalAlignment() : align > access.naturalAlignment()) {
            throw WasmException.create(access.atomic() ? Failure.ATOMIC_ALIGNMENT : Failure.ALIGNMENT_TOO_LARGE);
        }
        byte[] signature = access.signature();
        for (int i = signature.length - 2; i >= 0; i--) {
            stack.pop(signature[i]);
        }
        byte result = signature[signature.length - 1];
        if (result != 0) {
            stack.push(result);
        }
    }

    private void memoryZero() {
        indices.memory(0);
    }

    private byte tableElemType(int table) {
        return module.tableType(indices.table(table)).elemType();
    }

    private void popI32s(int n) {
        for (int i = 0; i < n; i++) {
            stack.pop(ValType.I32);
        }
    }
}
