package org.wasmroutines.nodes;

import org.wasmroutines.binary.CodeReader;
import org.wasmroutines.binary.Opcodes;
import org.wasmroutines.syntax.ValType;

/**
 * Compiles the table instructions and the bulk memory instructions ({@code 0xFC 8..17}). All
 * but {@code table.get} and {@code table.size} change state, so they spill pending operands
 * first; their own operands are popped before, to be evaluated last, in stack order.
 *
 * @see <a href="https://webassembly.github.io/spec/core/exec/instructions.html#table-instructions">Table instructions</a>
 */
final class BulkInstructions {
    private BulkInstructions() {
    }

    static void compile(FunctionCompiler compiler, int opcode) {
        CodeReader code = compiler.code();
        OperandStack stack = compiler.stack();
        switch (opcode) {
            case Opcodes.TABLE_GET -> {
                int table = code.readU32();
                ExprNode index = stack.pop();
                compiler.push(compiler.module().tableType(table).elemType(), new TableGetNode(table, index));
            }
            case Opcodes.TABLE_SET -> {
                int table = code.readU32();
                ExprNode value = stack.pop();
                ExprNode index = stack.pop();
                compiler.emitAfterSpill(new TableSetNode(table, index, value));
            }
            case Opcodes.TABLE_SIZE -> compiler.push(ValType.I32, new TableSizeNode(code.readU32()));
            case Opcodes.TABLE_GROW -> {
                int table = code.readU32();
                ExprNode delta = stack.pop();
                ExprNode init = stack.pop();
                compiler.emitAfterSpill(new TableGrowNode(table, init, delta, stack.slot(stack.height())));
                stack.pushStored(ValType.I32);
            }
            case Opcodes.TABLE_FILL -> {
                int table = code.readU32();
                ExprNode[] operands = stack.pop(3);
                compiler.emitAfterSpill(new TableFillNode(table, operands[0], operands[1], operands[2]));
            }
            case Opcodes.TABLE_COPY -> {
                int destinationTable = code.readU32();
                int sourceTable = code.readU32();
                ExprNode[] operands = stack.pop(3);
                compiler.emitAfterSpill(new TableCopyNode(destinationTable, sourceTable, operands[0], operands[1], operands[2]));
            }
            case Opcodes.TABLE_INIT -> {
                int segment = code.readU32();
                int table = code.readU32();
                ExprNode[] operands = stack.pop(3);
                compiler.emitAfterSpill(new TableInitNode(table, segment, operands[0], operands[1], operands[2]));
            }
            case Opcodes.ELEM_DROP -> compiler.emitAfterSpill(new ElemDropNode(code.readU32()));
            case Opcodes.MEMORY_INIT -> {
                int segment = code.readU32();
                code.readU32(); // memory index, always 0
                ExprNode[] operands = stack.pop(3);
                compiler.emitAfterSpill(new MemoryInitNode(segment, operands[0], operands[1], operands[2]));
            }
            case Opcodes.DATA_DROP -> compiler.emitAfterSpill(new DataDropNode(code.readU32()));
            case Opcodes.MEMORY_COPY -> {
                code.readU32();
                code.readU32();
                ExprNode[] operands = stack.pop(3);
                compiler.emitAfterSpill(new MemoryCopyNode(operands[0], operands[1], operands[2]));
            }
            case Opcodes.MEMORY_FILL -> {
                code.readU32();
                ExprNode[] operands = stack.pop(3);
                compiler.emitAfterSpill(new MemoryFillNode(operands[0], operands[1], operands[2]));
            }
            default -> throw new IllegalArgumentException("not a table or bulk memory opcode: " + opcode);
        }
    }
}
