package org.wasmroutines.text;

import java.util.ArrayList;
import java.util.List;

import org.wasmroutines.errors.Failure;
import org.wasmroutines.errors.WasmException;
import org.wasmroutines.text.Instructions.Op;

/**
 * Instruction sequences (function bodies and constant expressions) to binary code: plain and
 * folded instructions, structured blocks with labels and block types, and every immediate.
 *
 * @see <a href="https://webassembly.github.io/spec/core/text/instructions.html">Text instructions</a>
 */
final class CodeCompiler {
    private final ModuleCompiler module;
    private final IndexSpace locals;
    /** Enclosing block labels, innermost last; null for an unnamed block. */
    private final List<String> labels = new ArrayList<>();
    private final ByteWriter out = new ByteWriter();

    CodeCompiler(ModuleCompiler module, IndexSpace locals) {
        this.module = module;
        this.locals = locals;
    }

    /** The code so far with the final {@code end}. */
    byte[] finish() {
        return out.u8(0x0B).toByteArray();
    }

    /** All remaining elements of the cursor as instructions. */
    void sequence(Cursor c) {
        while (!c.atEnd()) {
            instruction(c, out);
        }
    }

    private void instruction(Cursor c, ByteWriter w) {
        SExpr e = c.next();
        if (e.isList()) {
            folded(e, w);
            return;
        }
        if (!e.isAtom() || e.isId()) {
            throw Syntax.unexpected(e);
        }
        switch (e.text) {
            case "block" -> plainBlock(c, w, 0x02);
            case "loop" -> plainBlock(c, w, 0x03);
            case "if" -> plainBlock(c, w, 0x04);
            default -> immediates(operator(e), c, w);
        }
    }

    private static Op operator(SExpr e) {
        Op op = e.isAtom() ? Instructions.lookup(e.text) : null;
        if (op == null) {
            throw Syntax.unexpected(e);
        }
        return op;
    }

    /** {@code block label? blocktype instr* end label?}, and if with an optional {@code else label?}. */
    private void plainBlock(Cursor c, ByteWriter w, int opcode) {
        String label = c.optionalId();
        w.u8(opcode);
        blockType(c, w);
        labels.add(label);
        String terminator = body(c, w);
        if (terminator.equals("else")) {
            if (opcode != 0x04) {
                throw WasmException.create(Failure.UNEXPECTED_TOKEN, "else");
            }
            closingLabel(c, label);
            w.u8(0x05);
            terminator = body(c, w);
            if (!terminator.equals("end")) {
                throw WasmException.create(Failure.UNEXPECTED_TOKEN, "else");
            }
        }
        closingLabel(c, label);
        labels.remove(labels.size() - 1);
        w.u8(0x0B);
    }

    /** Instructions up to {@code end} or {@code else}; returns which one ended them. */
    private String body(Cursor c, ByteWriter w) {
        while (true) {
            SExpr e = c.peek();
            if (e == null) {
                throw WasmException.create(Failure.UNEXPECTED_TOKEN, "end of block");
            }
            if (e.is("end") || e.is("else")) {
                c.next();
                return e.text;
            }
            instruction(c, w);
        }
    }

    /** The identifier after {@code end} or {@code else} must repeat the block's label. */
    private static void closingLabel(Cursor c, String label) {
        String id = c.optionalId();
        if (id != null && !id.equals(label)) {
            throw WasmException.create(Failure.MISMATCHING_LABEL, id);
        }
    }

    private void folded(SExpr list, ByteWriter w) {
        String head = list.head();
        if (head == null) {
            throw Syntax.unexpected(list.items.isEmpty() ? null : list.items.get(0));
        }
        Cursor c = Cursor.afterHead(list);
        switch (head) {
            case "block", "loop" -> {
                String label = c.optionalId();
                w.u8(head.equals("block") ? 0x02 : 0x03);
                blockType(c, w);
                labels.add(label);
                while (!c.atEnd()) {
                    instruction(c, w);
                }
                labels.remove(labels.size() - 1);
                w.u8(0x0B);
            }
            case "if" -> foldedIf(c, w);
            default -> {
                ByteWriter own = new ByteWriter();
                immediates(operator(list.items.get(0)), c, own);
                while (!c.atEnd()) {
                    SExpr operand = c.next();
                    if (!operand.isList()) {
                        throw Syntax.unexpected(operand);
                    }
                    folded(operand, w);
                }
                w.bytes(own.toByteArray());
            }
        }
    }

    /** {@code (if label? blocktype foldedinstr* (then instr*) (else instr*)?)}: the condition first. */
    private void foldedIf(Cursor c, ByteWriter w) {
        String label = c.optionalId();
        ByteWriter type = new ByteWriter();
        blockType(c, type);
        while (!c.atEnd() && !c.peekList("then")) {
            SExpr condition = c.next();
            if (!condition.isList()) {
                throw Syntax.unexpected(condition);
            }
            folded(condition, w);
        }
        if (!c.peekList("then")) {
            throw WasmException.create(Failure.UNEXPECTED_TOKEN, "missing then");
        }
        w.u8(0x04).bytes(type.toByteArray());
        labels.add(label);
        Cursor then = Cursor.afterHead(c.next());
        while (!then.atEnd()) {
            instruction(then, w);
        }
        if (c.peekList("else")) {
            w.u8(0x05);
            Cursor otherwise = Cursor.afterHead(c.next());
            while (!otherwise.atEnd()) {
                instruction(otherwise, w);
            }
        }
        c.end();
        labels.remove(labels.size() - 1);
        w.u8(0x0B);
    }

    /**
     * A block type: empty (0x40), one result value type, or a type index for anything else.
     *
     * @see <a href="https://webassembly.github.io/spec/core/binary/instructions.html#control-instructions">Block types</a>
     */
    private void blockType(Cursor c, ByteWriter w) {
        TypeUse use = TypeUse.parse(c, module.types, false);
        if (!use.explicit && use.inline.paramCount() == 0 && use.inline.resultCount() <= 1) {
            w.u8(use.inline.resultCount() == 0 ? 0x40 : use.inline.result(0));
        } else {
            w.s64(module.typeIndex(use) & 0xFFFFFFFFL);
        }
    }

    private void immediates(Op op, Cursor c, ByteWriter w) {
        if (op.immediate() == Instructions.Immediate.SELECT) {
            select(c, w);
            return;
        }
        if (op.opcode() > 0xFF) {
            w.u8(op.opcode() >> 8).u32(op.opcode() & 0xFF);
        } else {
            w.u8(op.opcode());
        }
        switch (op.immediate()) {
            case NONE -> {
            }
            case LABEL -> w.u32(label(c.next()));
            case BR_TABLE -> {
                List<Integer> targets = new ArrayList<>();
                while (c.peekIndex()) {
                    targets.add(label(c.next()));
                }
                if (targets.isEmpty()) {
                    throw Syntax.unexpected(c.peek());
                }
                w.u32(targets.size() - 1);
                for (int target : targets) {
                    w.u32(target);
                }
            }
            case FUNC, REF_FUNC -> w.u32(module.funcs.resolve(c.next()));
            case CALL_INDIRECT -> {
                int table = c.peekIndex() ? module.tables.resolve(c.next()) : 0;
                TypeUse use = TypeUse.parse(c, module.types, false);
                w.u32(module.typeIndex(use)).u32(table);
            }
            case LOCAL -> w.u32(locals.resolve(c.next()));
            case GLOBAL -> w.u32(module.globals.resolve(c.next()));
            case TABLE -> w.u32(c.peekIndex() ? module.tables.resolve(c.next()) : 0);
            case TABLE_COPY -> {
                if (c.peekIndex()) {
                    w.u32(module.tables.resolve(c.next()));
                    w.u32(module.tables.resolve(c.next()));
                } else {
                    w.u32(0).u32(0);
                }
            }
            case TABLE_INIT -> {
                SExpr first = c.next();
                if (c.peekIndex()) {
                    int table = module.tables.resolve(first);
                    w.u32(module.elems.resolve(c.next())).u32(table);
                } else {
                    w.u32(module.elems.resolve(first)).u32(0);
                }
            }
            case ELEM -> w.u32(module.elems.resolve(c.next()));
            case MEMARG -> memarg(op, c, w);
            case MEMORY0 -> w.u8(0);
            case MEMORY_COPY -> w.u8(0).u8(0);
            case MEMORY_INIT -> {
                module.usesDataCount = true;
                w.u32(module.datas.resolve(c.next())).u8(0);
            }
            case DATA -> {
                module.usesDataCount = true;
                w.u32(module.datas.resolve(c.next()));
            }
            case I32 -> w.s32(NumberLiterals.i32(literal(c)));
            case I64 -> w.s64(NumberLiterals.i64(literal(c)));
            case F32 -> w.f32(FloatLiterals.f32Bits(literal(c)));
            case F64 -> w.f64(FloatLiterals.f64Bits(literal(c)));
            case REF_NULL -> w.u8(Syntax.heapType(c.next()));
            case SELECT -> throw new AssertionError("select is encoded by select()");
        }
    }

    /** The token of a numeric operand; script-only patterns like {@code nan:canonical} are unexpected here. */
    private static String literal(Cursor c) {
        SExpr e = c.peek();
        if (e == null || !e.isAtom() || e.isId() || Instructions.STRUCTURE_KEYWORDS.contains(e.text)
                || Instructions.lookup(e.text) != null) {
            throw Syntax.unexpected(e);
        }
        return c.next().text;
    }

    /** {@code select (result t)*}: with result types it is the typed form 0x1C. */
    private static void select(Cursor c, ByteWriter w) {
        if (!c.peekList("result")) {
            w.u8(0x1B);
            return;
        }
        List<Byte> types = new ArrayList<>();
        while (c.peekList("result")) {
            Cursor r = Cursor.afterHead(c.next());
            while (!r.atEnd()) {
                types.add(Syntax.valType(r.next()));
            }
        }
        w.u8(0x1C).u32(types.size());
        for (byte type : types) {
            w.u8(type);
        }
    }

    /**
     * {@code offset=n? align=n?}; the alignment must be a power of two and is stored as its log2.
     *
     * @see <a href="https://webassembly.github.io/spec/core/text/instructions.html#memory-instructions">Memory instructions</a>
     */
    private static void memarg(Op op, Cursor c, ByteWriter w) {
        long offset = 0;
        int align = op.naturalAlignment();
        SExpr e = c.peek();
        if (e != null && e.isAtom() && e.text.startsWith("offset=")) {
            offset = NumberLiterals.u32(c.next().text.substring(7));
            e = c.peek();
        }
        if (e != null && e.isAtom() && e.text.startsWith("align=")) {
            long value = NumberLiterals.u32(c.next().text.substring(6));
            if (value == 0 || (value & (value - 1)) != 0) {
                throw WasmException.create(Failure.ALIGNMENT_TEXT, e.text);
            }
            align = Long.numberOfTrailingZeros(value);
        }
        w.u32(align).u32(offset);
    }

    /** A label reference: an identifier (innermost binding wins) or a relative depth. */
    private int label(SExpr e) {
        if (e.isId()) {
            for (int i = labels.size() - 1; i >= 0; i--) {
                if (e.text.equals(labels.get(i))) {
                    return labels.size() - 1 - i;
                }
            }
            throw WasmException.create(Failure.UNKNOWN_LABEL_TEXT, e.text);
        }
        if (e.isAtom() && NumberLiterals.isNat(e.text)) {
            return (int) NumberLiterals.u32(e.text);
        }
        throw Syntax.unexpected(e);
    }
}
