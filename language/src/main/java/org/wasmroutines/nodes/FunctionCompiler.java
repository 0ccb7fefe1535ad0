package org.wasmroutines.nodes;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.FrameSlotKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.wasmroutines.WasmLanguage;
import org.wasmroutines.binary.CodeReader;
import org.wasmroutines.binary.Opcodes;
import org.wasmroutines.errors.Failure;
import org.wasmroutines.errors.WasmException;
import org.wasmroutines.runtime.WasmMemory;
import org.wasmroutines.syntax.FuncType;
import org.wasmroutines.syntax.FunctionBody;
import org.wasmroutines.syntax.Module;
import org.wasmroutines.syntax.ValType;

/**
 * Turns the code of a validated function into a Truffle AST, in one pass over its instructions.
 *
 * <p>Frame layout: locals first (parameters, then declared locals: local {@code i} is slot
 * {@code i}), then one int slot for a loop's exit depth, one for the current wasm thread (see
 * {@link SchedulingPointNode}), then one slot per operand-stack height;
 * all slots are static, typed by the value they hold, so nothing is boxed.
 *
 * <p>Operands are kept on an abstract {@link OperandStack} as pending expression nodes, which
 * become children of their consumer; before any instruction with a side effect (or one a pending
 * read could observe) the pending entries are spilled into their slots in stack order; a
 * {@code local.set} spills only those its write or its value's trap could affect. Structured
 * control flow becomes a tree of {@link BlockNode}, {@link WasmLoopNode} and {@link IfNode}
 * (blocks nested at the start of one another become one {@link NestedBlocksNode}); branches
 * return the relative label depth (see {@link StmtNode}). Code after an unconditional branch is
 * skipped up to the matching {@code else} or {@code end}.
 *
 * @see <a href="https://webassembly.github.io/spec/core/exec/instructions.html">Instructions</a>
 */
public final class FunctionCompiler {
    private static final byte[] NO_TYPES = new byte[0];

    private final Module module;
    private final int funcIndex;
    private final CodeReader code;
    private final byte[] localTypes;
    /** The slot where a loop leaves the depth of the branch that ended it; -1 in a function without loops. */
    private final int exitSlot;
    /** The slot where the function's entry keeps the current wasm thread for the loops' preemption checks; -1 without loops. */
    private final int threadSlot;
    /** For each loop, by the code position after its opcode and block type: the locals it clears (see {@link LocalLiveness}). */
    private final Map<Integer, int[]> clearedAtLoops;
    private final OperandStack stack;
    private final List<ControlFrame> frames = new ArrayList<>();
    /** Nesting depth of constructs opened inside skipped (unreachable) code. */
    private int skippedDepth;
    /** Per local: how many reads ({@code local.get}, {@code local.tee}) the function has. */
    private final int[] localReads;
    /** Per local: how many of its reads go straight into an operation that quiets NaNs. */
    private final int[] quietedLocalReads;
    /** Values stored into locals, with the local: see {@link #dropQuietingOfLocalValues}. */
    private final List<LocalValue> localValues = new ArrayList<>();

    private record LocalValue(int local, ExprNode value) {
    }

    private FunctionCompiler(Module module, int funcIndex) {
        this.module = module;
        this.funcIndex = funcIndex;
        FuncType type = module.functionType(funcIndex);
        FunctionBody body = module.code[funcIndex - module.importedFunctionCount()];
        byte[] declared = body.localTypes();
        this.localTypes = new byte[type.paramCount() + declared.length];
        for (int i = 0; i < type.paramCount(); i++) {
            localTypes[i] = type.param(i);
        }
        System.arraycopy(declared, 0, localTypes, type.paramCount(), declared.length);
        this.localReads = new int[localTypes.length];
        this.quietedLocalReads = new int[localTypes.length];
        /*
         * Only loops use the exit and thread slots. Every call allocates its frame's arrays, so a
         * function without loops (most small callees) leaves them out.
         */
        if (InstructionSkipper.containsLoop(CodeReader.of(body))) {
            this.exitSlot = localTypes.length;
            this.threadSlot = exitSlot + 1;
            this.stack = new OperandStack(threadSlot + 1);
            this.clearedAtLoops = LocalLiveness.clearedAtLoops(body, localTypes.length);
        } else {
            this.exitSlot = -1;
            this.threadSlot = -1;
            this.stack = new OperandStack(localTypes.length);
            this.clearedAtLoops = Map.of();
        }
        this.code = CodeReader.of(body);
    }

    /**
     * The CallTarget of defined function {@code funcIndex} (an index into the whole function index
     * space), shared by all instances of the module: calls pass the instance as argument 0.
     */
    public static CallTarget callTarget(WasmLanguage language, Module module, int funcIndex) {
        return new FunctionCompiler(module, funcIndex).compile(language).getCallTarget();
    }

    private WasmRootNode compile(WasmLanguage language) {
        FuncType type = module.functionType(funcIndex);
        byte[] results = type.results();
        frames.add(new ControlFrame(ControlFrame.Kind.FUNCTION, NO_TYPES, results, 0, null));
        SequenceNode body = null;
        while (body == null) {
            body = compileInstruction(code.readOpcode());
        }
        dropQuietingOfLocalValues();
        FrameDescriptor.Builder descriptor = FrameDescriptor.newBuilder();
        descriptor.addSlots(stack.slot(stack.maxHeight()), FrameSlotKind.Static);
        return new WasmRootNode(language, descriptor.build(), module.displayName(funcIndex), localTypes, type.paramCount(),
                        results, stack.slot(0), threadSlot, body);
    }

    private ControlFrame current() {
        return frames.get(frames.size() - 1);
    }

    private void emit(StmtNode statement) {
        current().statements.add(statement);
    }

    private void spill() {
        stack.spill(current().statements);
    }

    /** Pushes a pending expression; spills if its tree got too deep for the interpreter's stack. */
    void push(byte type, ExprNode expression) {
        stack.push(type, expression);
        if (stack.topTooDeep()) {
            spill();
        }
    }

    /** Compiles one instruction; returns the function's body once its final {@code end} is read. */
    private SequenceNode compileInstruction(int opcode) {
        if (!current().reachable) {
            return skipInstruction(opcode);
        }
        switch (opcode) {
            case Opcodes.UNREACHABLE -> {
                spill();
                emit(new UnreachableNode());
                current().reachable = false;
            }
            case Opcodes.NOP -> {
            }
            case Opcodes.BLOCK -> enterBlock(ControlFrame.Kind.BLOCK, null);
            case Opcodes.LOOP -> enterBlock(ControlFrame.Kind.LOOP, null);
            case Opcodes.IF -> enterBlock(ControlFrame.Kind.IF, stack.pop());
            case Opcodes.ELSE -> compileElse();
            case Opcodes.END -> {
                return compileEnd();
            }
            case Opcodes.BR -> compileBranch(code.readU32());
            case Opcodes.BR_IF -> compileBranchIf(code.readU32());
            case Opcodes.BR_TABLE -> compileBranchTable();
            case Opcodes.RETURN -> compileBranch(frames.size() - 1);
            case Opcodes.CALL -> compileCall(code.readU32());
            case Opcodes.CALL_INDIRECT -> compileCallIndirect(code.readU32(), code.readU32());
            case Opcodes.DROP -> compileDrop();
            case Opcodes.SELECT -> compileSelect(NO_TYPES);
            case Opcodes.SELECT_T -> compileSelect(readValueTypes());
            case Opcodes.LOCAL_GET -> pushLocal(code.readU32());
            case Opcodes.LOCAL_SET -> compileLocalSet(code.readU32(), false);
            case Opcodes.LOCAL_TEE -> compileLocalSet(code.readU32(), true);
            case Opcodes.GLOBAL_GET -> {
                int global = code.readU32();
                push(module.globalType(global).valType(), new GlobalGetNode(global));
            }
            case Opcodes.GLOBAL_SET -> {
                int global = code.readU32();
                ExprNode value = stack.pop();
                spill();
                emit(new GlobalSetNode(global, module.globalType(global).valType(), value));
            }
            case Opcodes.MEMORY_SIZE -> {
                code.readU32();
                push(ValType.I32, new MemorySizeNode());
            }
            case Opcodes.MEMORY_GROW -> {
                code.readU32();
                ExprNode delta = stack.pop();
                spill();
                emit(new MemoryGrowNode(delta, stack.slot(stack.height())));
                stack.pushStored(ValType.I32);
            }
            case Opcodes.I32_CONST -> push(ValType.I32, new ConstNode(code.readI32()));
            case Opcodes.I64_CONST -> push(ValType.I64, new ConstNode(code.readI64()));
            case Opcodes.F32_CONST -> push(ValType.F32, new ConstNode(code.readF32Bits()));
            case Opcodes.F64_CONST -> push(ValType.F64, new ConstNode(code.readF64Bits()));
            case Opcodes.REF_NULL -> push((byte) code.readByte(), new RefNullNode());
            case Opcodes.REF_IS_NULL -> push(ValType.I32, new RefIsNullNode(stack.pop()));
            case Opcodes.REF_FUNC -> push(ValType.FUNCREF, new RefFuncNode(code.readU32()));
            default -> compileOther(opcode);
        }
        return null;
    }

    /** Memory, table and numeric instructions. */
    private void compileOther(int opcode) {
        if (opcode >= Opcodes.I32_LOAD && opcode <= Opcodes.I64_LOAD32_U) {
            compileLoad(opcode);
        } else if (opcode >= Opcodes.I32_STORE && opcode <= Opcodes.I64_STORE32) {
            compileStore(opcode);
        } else if (NumericInstructions.isNumeric(opcode)) {
            compileNumeric(opcode);
        } else if (AtomicInstructions.isAtomic(opcode)) {
            AtomicInstructions.compile(this, opcode);
        } else if (opcode >= Opcodes.MEMORY_INIT && opcode <= Opcodes.TABLE_FILL || opcode == Opcodes.TABLE_GET || opcode == Opcodes.TABLE_SET) {
            BulkInstructions.compile(this, opcode);
        } else {
            throw WasmException.create(Failure.ILLEGAL_OPCODE, String.format("0x%x in %s", opcode, module.displayName(funcIndex)));
        }
    }

    // ---- control

    private byte[][] readBlockType() {
        int blockType = code.readBlockType();
        if (blockType == CodeReader.BLOCK_TYPE_EMPTY) {
            return new byte[][]{NO_TYPES, NO_TYPES};
        }
        if (blockType < 0) {
            return new byte[][]{NO_TYPES, {CodeReader.blockValueType(blockType)}};
        }
        FuncType type = module.types[blockType];
        return new byte[][]{type.params(), type.results()};
    }

    /** {@code block}, {@code loop}, {@code if}: the parameters go to their slots, where the body reads them. */
    private void enterBlock(ControlFrame.Kind kind, ExprNode condition) {
        byte[][] type = readBlockType();
        int base = stack.height() - type[0].length;
        stack.spillAllFrom(base, current().statements);
        ControlFrame frame = new ControlFrame(kind, type[0], type[1], base, condition);
        if (kind == ControlFrame.Kind.LOOP) {
            // every pending operand was just stored, so none reads a local the loop clears
            frame.clearedLocals = clearedAtLoops.getOrDefault(code.position(), frame.clearedLocals);
        }
        frames.add(frame);
    }

    private void compileElse() {
        ControlFrame frame = current();
        if (frame.reachable) {
            stack.spillAllFrom(frame.baseHeight, frame.statements);
        }
        frame.thenStatements = frame.statements;
        frame.statements = new ArrayList<>();
        frame.reachable = true;
        restoreStack(frame.baseHeight, frame.params);
    }

    private SequenceNode compileEnd() {
        ControlFrame frame = frames.remove(frames.size() - 1);
        if (frame.reachable) {
            stack.spillAllFrom(frame.baseHeight, frame.statements);
        }
        restoreStack(frame.baseHeight, frame.results);
        if (frame.kind == ControlFrame.Kind.FUNCTION) {
            return ControlFrame.sequence(frame.statements);
        }
        StmtNode construct = switch (frame.kind) {
            case BLOCK -> block(frame.statements);
            case LOOP -> new WasmLoopNode(ControlFrame.sequence(frame.statements), exitSlot, threadSlot, frame.clearedLocals);
            case IF -> frame.thenStatements == null
                            ? new IfNode(frame.condition, ControlFrame.sequence(frame.statements), ControlFrame.sequence(List.of()))
                            : new IfNode(frame.condition, ControlFrame.sequence(frame.thenStatements), ControlFrame.sequence(frame.statements));
            case FUNCTION -> throw new AssertionError();
        };
        emit(construct);
        return null;
    }

    /** A block; one whose code starts with a block joins it in a {@link NestedBlocksNode}. */
    private static StmtNode block(List<StmtNode> statements) {
        StmtNode first = statements.isEmpty() ? null : statements.get(0);
        if (!(first instanceof BlockNode) && !(first instanceof NestedBlocksNode)) {
            return new BlockNode(ControlFrame.sequence(statements));
        }
        SequenceNode rest = ControlFrame.sequence(statements.subList(1, statements.size()));
        return new NestedBlocksNode(first instanceof BlockNode inner
                        ? new SequenceNode[]{inner.body(), rest}
                        : ((NestedBlocksNode) first).extendedBy(rest));
    }

    /** After a construct or at its else: its values are in the slots from {@code base} up. */
    private void restoreStack(int base, byte[] types) {
        stack.truncate(base);
        for (byte type : types) {
            stack.pushStored(type);
        }
    }

    /** The target of branch depth {@code depth}, and where its values go. */
    private ControlFrame label(int depth) {
        return frames.get(frames.size() - 1 - depth);
    }

    private void compileBranch(int depth) {
        ControlFrame target = label(depth);
        int arity = target.labelTypes().length;
        int from = stack.height() - arity;
        stack.spillAllFrom(from, current().statements);
        emit(new BrNode(depth, stack.slot(from), stack.slot(target.baseHeight), arity));
        current().reachable = false;
    }

    private void compileBranchIf(int depth) {
        ExprNode condition = stack.pop();
        ControlFrame target = label(depth);
        int arity = target.labelTypes().length;
        int from = stack.height() - arity;
        stack.spillAllFrom(from, current().statements);
        emit(new BrIfNode(condition, depth, stack.slot(from), stack.slot(target.baseHeight), arity));
    }

    private void compileBranchTable() {
        int count = code.readU32();
        int[] depths = new int[count + 1];
        for (int i = 0; i <= count; i++) {
            depths[i] = code.readU32();
        }
        ExprNode index = stack.pop();
        int arity = label(depths[count]).labelTypes().length;
        int from = stack.height() - arity;
        stack.spillAllFrom(from, current().statements);
        int[] toSlots = new int[count + 1];
        for (int i = 0; i <= count; i++) {
            toSlots[i] = stack.slot(label(depths[i]).baseHeight);
        }
        emit(new BrTableNode(index, depths, toSlots, stack.slot(from), arity));
        current().reachable = false;
    }

    // ---- calls

    private void compileCall(int function) {
        FuncType type = module.functionType(function);
        ExprNode[] arguments = stack.pop(type.paramCount());
        spill();
        emit(new CallNode(function, function >= module.importedFunctionCount(), arguments, type.params(), type.results(), stack.slot(stack.height())));
        pushStoredResults(type);
    }

    private void compileCallIndirect(int typeIndex, int table) {
        FuncType type = module.types[typeIndex];
        ExprNode index = stack.pop();
        ExprNode[] arguments = stack.pop(type.paramCount());
        spill();
        emit(new CallIndirectNode(table, type, index, arguments, stack.slot(stack.height())));
        pushStoredResults(type);
    }

    private void pushStoredResults(FuncType type) {
        for (int i = 0; i < type.resultCount(); i++) {
            stack.pushStored(type.result(i));
        }
    }

    // ---- parametric and variable instructions

    /** A dropped operand that may trap must still be evaluated, in order. */
    private void compileDrop() {
        if (stack.isPendingComputation(stack.height() - 1)) {
            spill();
        }
        stack.pop();
    }

    private void compileSelect(byte[] declaredType) {
        ExprNode condition = stack.pop();
        byte type = declaredType.length > 0 ? declaredType[0] : stack.peekType();
        ExprNode second = stack.pop();
        ExprNode first = stack.pop();
        push(type, new SelectNode(first, second, condition));
    }

    private byte[] readValueTypes() {
        int count = code.readU32();
        byte[] types = new byte[count];
        for (int i = 0; i < count; i++) {
            types[i] = (byte) code.readByte();
        }
        return types;
    }

    private void pushLocal(int local) {
        localReads[local]++;
        push(localTypes[local], new SlotReadNode(local));
    }

    private void compileLocalSet(int local, boolean tee) {
        ExprNode value = stack.pop();
        stack.spillBeforeLocalWrite(current().statements, local, value);
        emit(new SlotWriteNode(local, localTypes[local], value));
        localValues.add(new LocalValue(local, value));
        if (tee) {
            pushLocal(local);
        }
    }

    // ---- memory and numeric instructions

    private void compileLoad(int opcode) {
        code.readU32(); // alignment: a hint only
        long offset = Integer.toUnsignedLong(code.readU32());
        ExprNode address = stack.pop();
        byte type = switch (opcode) {
            case Opcodes.I32_LOAD, Opcodes.I32_LOAD8_S, Opcodes.I32_LOAD8_U, Opcodes.I32_LOAD16_S, Opcodes.I32_LOAD16_U -> ValType.I32;
            case Opcodes.F32_LOAD -> ValType.F32;
            case Opcodes.F64_LOAD -> ValType.F64;
            default -> ValType.I64;
        };
        push(type, new LoadNode(opcode, offset, knownMemoryBytes(), address));
    }

    private void compileStore(int opcode) {
        code.readU32();
        long offset = Integer.toUnsignedLong(code.readU32());
        ExprNode value = stack.pop();
        ExprNode address = stack.pop();
        spill();
        emit(new StoreNode(opcode, offset, knownMemoryBytes(), address, value));
    }

    /**
     * A size memory 0 has for sure, in bytes, whichever instance runs the code: the minimum of its
     * type, since a memory never shrinks and an imported one is at least as large as the import
     * asks. Loads and stores below it need no look at the current size.
     */
    private long knownMemoryBytes() {
        return module.memoryType(0).limits().min() * WasmMemory.PAGE_SIZE;
    }

    private void compileNumeric(int opcode) {
        boolean quiets = NumericInstructions.quietsOperands(opcode);
        if (NumericInstructions.binaryOperandType(opcode) != 0) {
            ExprNode right = stack.pop();
            ExprNode left = stack.pop();
            if (quiets) {
                quietedByConsumer(left);
                quietedByConsumer(right);
            }
            push(NumericInstructions.resultType(opcode), NumericInstructions.binary(opcode, left, right));
        } else {
            ExprNode operand = stack.pop();
            if (quiets) {
                quietedByConsumer(operand);
            }
            push(NumericInstructions.resultType(opcode), NumericInstructions.unary(opcode, operand));
        }
    }

    /*
     * NaN quieting. Float +, -, * and / make sure a NaN result is quiet (a test, or in compiled
     * code a fused multiply-add; see NumericOps), in case the JIT folded the operation away and
     * handed a signalling NaN operand through. That is only needed where a NaN's payload can be
     * seen: an operation whose every consumer quiets or ignores NaNs itself
     * (NumericInstructions.quietsOperands) leaves it to them, since a folded consumer hands its
     * own operand on to its own consumers in turn, until one that quiets. The compiler sees three
     * kinds of consumers: an operand tree's parent, the reader of a spilled operand, and the reads
     * of a local the value is stored into.
     */

    /** Notes that {@code operand}'s value goes into an operation that quiets NaNs. */
    private void quietedByConsumer(ExprNode operand) {
        NumericInstructions.leaveQuietingToConsumers(operand);
        ExprNode spilled = stack.spilledValue(operand);
        if (spilled != null) {
            NumericInstructions.leaveQuietingToConsumers(spilled);
            operand = spilled;
        }
        if (operand instanceof SlotReadNode read) {
            quietedLocalReads[read.slot()]++;
        }
    }

    /** Once the function is compiled: values of locals whose every read quiets NaNs need no test. */
    private void dropQuietingOfLocalValues() {
        for (LocalValue stored : localValues) {
            if (quietedLocalReads[stored.local()] == localReads[stored.local()]) {
                NumericInstructions.leaveQuietingToConsumers(stored.value());
            }
        }
    }

    // ---- access for BulkInstructions

    CodeReader code() {
        return code;
    }

    OperandStack stack() {
        return stack;
    }

    Module module() {
        return module;
    }

    /** Spills the pending operands, then adds {@code statement} to the current construct. */
    void emitAfterSpill(StmtNode statement) {
        spill();
        emit(statement);
    }

    // ---- unreachable code

    /**
     * Skips an instruction of unreachable code (after br, br_table, return or unreachable): only
     * the nesting is tracked, to find the construct's own else or end, which are compiled.
     */
    private SequenceNode skipInstruction(int opcode) {
        switch (opcode) {
            case Opcodes.BLOCK, Opcodes.LOOP, Opcodes.IF -> {
                code.readBlockType();
                skippedDepth++;
            }
            case Opcodes.ELSE -> {
                if (skippedDepth == 0) {
                    compileElse();
                }
            }
            case Opcodes.END -> {
                if (skippedDepth == 0) {
                    return compileEnd();
                }
                skippedDepth--;
            }
            default -> InstructionSkipper.skipImmediates(code, opcode);
        }
        return null;
    }
}
