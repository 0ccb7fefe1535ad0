package org.wasmroutines.nodes;

import org.wasmroutines.binary.CodeReader;
import org.wasmroutines.binary.Opcodes;
import org.wasmroutines.runtime.MemoryAtomics;
import org.wasmroutines.syntax.ValType;

/**
 * Compiles the threads proposal's instructions ({@code 0xFE xx}). Loads, stores and the
 * read-modify-writes come in groups of seven widths in one order (i32, i64, i32 8-bit, i32
 * 16-bit, i64 8-bit, i64 16-bit, i64 32-bit), so the opcode's place in its group gives the access
 * size and the value type. Everything but a load changes memory or may block, so it spills pending
 * operands first and, when it has a result, writes it into the stack slot of that result.
 *
 * @see <a href="https://github.com/WebAssembly/threads/blob/main/proposals/threads/Overview.md">Threads proposal</a>
 */
final class AtomicInstructions {
    private static final int[] BYTES = {4, 8, 1, 2, 1, 2, 4};
    private static final byte[] TYPES = {ValType.I32, ValType.I64, ValType.I32, ValType.I32, ValType.I64, ValType.I64, ValType.I64};
    private static final int GROUP = 7;

    private AtomicInstructions() {
    }

    static boolean isAtomic(int opcode) {
        return (opcode & 0xFF00) == Opcodes.PREFIX_ATOMIC << 8;
    }

    static void compile(FunctionCompiler compiler, int opcode) {
        CodeReader code = compiler.code();
        OperandStack stack = compiler.stack();
        if (opcode == Opcodes.ATOMIC_FENCE) {
            code.readByte(); // reserved 0x00
            compiler.emitAfterSpill(new AtomicFenceNode());
            return;
        }
        code.readU32(); // alignment: validation checked it is the natural one
        long offset = Integer.toUnsignedLong(code.readU32());
        switch (opcode) {
            case Opcodes.MEMORY_ATOMIC_NOTIFY -> {
                ExprNode count = stack.pop();
                ExprNode address = stack.pop();
                compiler.emitAfterSpill(new AtomicNotifyNode(offset, address, count, stack.slot(stack.height())));
                stack.pushStored(ValType.I32);
            }
            case Opcodes.MEMORY_ATOMIC_WAIT32, Opcodes.MEMORY_ATOMIC_WAIT64 -> {
                ExprNode timeout = stack.pop();
                ExprNode expected = stack.pop();
                ExprNode address = stack.pop();
                int bytes = opcode == Opcodes.MEMORY_ATOMIC_WAIT32 ? 4 : 8;
                compiler.emitAfterSpill(new AtomicWaitNode(bytes, offset, address, expected, timeout, stack.slot(stack.height())));
                stack.pushStored(ValType.I32);
            }
            default -> compileAccess(compiler, stack, opcode, offset);
        }
    }

    private static void compileAccess(FunctionCompiler compiler, OperandStack stack, int opcode, long offset) {
        if (opcode >= Opcodes.I32_ATOMIC_LOAD && opcode <= Opcodes.I64_ATOMIC_LOAD32_U) {
            int variant = opcode - Opcodes.I32_ATOMIC_LOAD;
            ExprNode address = stack.pop();
            compiler.push(TYPES[variant], new AtomicLoadNode(BYTES[variant], offset, address));
        } else if (opcode >= Opcodes.I32_ATOMIC_STORE && opcode <= Opcodes.I64_ATOMIC_STORE32) {
            int variant = opcode - Opcodes.I32_ATOMIC_STORE;
            ExprNode value = stack.pop();
            ExprNode address = stack.pop();
            compiler.emitAfterSpill(new AtomicStoreNode(BYTES[variant], TYPES[variant], offset, address, value));
        } else if (opcode >= Opcodes.I32_ATOMIC_RMW_ADD && opcode <= Opcodes.I64_ATOMIC_RMW32_XCHG_U) {
            int variant = (opcode - Opcodes.I32_ATOMIC_RMW_ADD) % GROUP;
            int operation = rmwOperation((opcode - Opcodes.I32_ATOMIC_RMW_ADD) / GROUP);
            ExprNode value = stack.pop();
            ExprNode address = stack.pop();
            compiler.emitAfterSpill(new AtomicRmwNode(operation, BYTES[variant], TYPES[variant], offset, address, value, stack.slot(stack.height())));
            stack.pushStored(TYPES[variant]);
        } else if (opcode >= Opcodes.I32_ATOMIC_RMW_CMPXCHG && opcode <= Opcodes.I64_ATOMIC_RMW32_CMPXCHG_U) {
            int variant = opcode - Opcodes.I32_ATOMIC_RMW_CMPXCHG;
            ExprNode replacement = stack.pop();
            ExprNode expected = stack.pop();
            ExprNode address = stack.pop();
            compiler.emitAfterSpill(new AtomicCmpxchgNode(BYTES[variant], TYPES[variant], offset, address, expected, replacement,
                            stack.slot(stack.height())));
            stack.pushStored(TYPES[variant]);
        } else {
            throw new IllegalArgumentException("not an atomic opcode: 0x" + Integer.toHexString(opcode));
        }
    }

    /** The groups of read-modify-writes in opcode order: add, sub, and, or, xor, xchg. */
    private static int rmwOperation(int group) {
        return switch (group) {
            case 0 -> MemoryAtomics.ADD;
            case 1 -> MemoryAtomics.SUB;
            case 2 -> MemoryAtomics.AND;
            case 3 -> MemoryAtomics.OR;
            case 4 -> MemoryAtomics.XOR;
            default -> MemoryAtomics.XCHG;
        };
    }
}
