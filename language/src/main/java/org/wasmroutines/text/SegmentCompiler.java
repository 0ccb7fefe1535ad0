package org.wasmroutines.text;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import org.wasmroutines.syntax.ValType;

/**
 * Element and data segments, including the abbreviations: {@code (offset ...)} written as a
 * single folded instruction, {@code (item ...)} likewise, element lists as bare function indices,
 * and segments inline in table and memory definitions. The binary flags follow the reference
 * interpreter's encoder: the shortest form that expresses the segment.
 *
 * @see <a href="https://webassembly.github.io/spec/core/text/modules.html#element-segments">Element segments</a>
 * @see <a href="https://webassembly.github.io/spec/core/binary/modules.html#element-section">Element section</a>
 */
final class SegmentCompiler {
    private static final byte[] OFFSET_ZERO = {0x41, 0x00, 0x0B};

    private final ModuleCompiler module;
    private final Sections sections;

    SegmentCompiler(ModuleCompiler module, Sections sections) {
        this.module = module;
        this.sections = sections;
    }

    /** The items of an element list: each as a constant expression and, if it is just ref.func, that index. */
    private static final class Items {
        final List<byte[]> exprs = new ArrayList<>();
        final List<Integer> funcIndices = new ArrayList<>();
        byte type = ValType.FUNCREF;

        boolean allFunctionIndices() {
            return type == ValType.FUNCREF && !funcIndices.contains(-1);
        }
    }

    void elem(Cursor c) {
        c.optionalId();
        if (c.peekKeyword("declare")) {
            c.next();
            Items items = elemList(c);
            write(3, 7, -1, null, items);
            return;
        }
        // indices are unsigned: 0xFFFFFFFF reads as -1, so "no table written" is a separate flag
        int table = 0;
        boolean tableWritten = true;
        if (c.peekList("table")) {
            Cursor t = Cursor.afterHead(c.next());
            table = module.tables.resolve(t.next());
            t.end();
        } else if (c.peekIndex() && c.peek(1) != null && c.peek(1).isList()) {
            table = module.tables.resolve(c.next()); // the MVP form (elem x (offset ...) ...)
        } else {
            tableWritten = false;
        }
        if (!tableWritten && (c.atEnd() || c.peek().isAtom())) {
            write(1, 5, -1, null, elemList(c));
            return;
        }
        byte[] offset = offset(c);
        write(table == 0 ? 0 : 2, table == 0 ? 4 : 6, table, offset, elemList(c));
    }

    /** {@code (table reftype (elem ...))}: an active segment at offset 0; returns the element count. */
    int inlineElem(Cursor c, byte type, int table) {
        Items items = new Items();
        items.type = type;
        if (c.peek() != null && c.peek().isList()) {
            while (!c.atEnd()) {
                item(c, items);
            }
        } else {
            functionIndices(c, items);
        }
        write(table == 0 ? 0 : 2, table == 0 ? 4 : 6, table, OFFSET_ZERO, items);
        return items.exprs.size();
    }

    private Items elemList(Cursor c) {
        Items items = new Items();
        if (c.peekKeyword("func")) {
            c.next();
            functionIndices(c, items);
        } else if (Syntax.isRefType(c.peek())) {
            items.type = Syntax.refType(c.next());
            while (!c.atEnd()) {
                item(c, items);
            }
        } else {
            functionIndices(c, items);
        }
        return items;
    }

    private void functionIndices(Cursor c, Items items) {
        while (!c.atEnd()) {
            int index = module.funcs.resolve(c.next());
            items.funcIndices.add(index);
            items.exprs.add(new ByteWriter().u8(0xD2).u32(index).u8(0x0B).toByteArray());
        }
    }

    private void item(Cursor c, Items items) {
        SExpr e = c.next();
        if (!e.isList()) {
            throw Syntax.unexpected(e);
        }
        byte[] expr = e.isList("item") ? module.constExpr(Cursor.afterHead(e)) : module.constExpr(new Cursor(List.of(e), 0));
        items.exprs.add(expr);
        items.funcIndices.add(refFuncIndex(expr));
    }

    /** The function index if the expression is exactly {@code ref.func x}, else -1. */
    private static int refFuncIndex(byte[] expr) {
        if (expr.length < 3 || (expr[0] & 0xFF) != 0xD2 || expr[expr.length - 1] != 0x0B) {
            return -1;
        }
        long value = 0;
        int shift = 0;
        int pos = 1;
        while (pos < expr.length - 1) {
            int b = expr[pos++] & 0xFF;
            value |= (long) (b & 0x7F) << shift;
            shift += 7;
            if ((b & 0x80) == 0) {
                break;
            }
        }
        return pos == expr.length - 1 ? (int) value : -1;
    }

    /** An offset: {@code (offset instr*)} or one folded instruction. */
    private byte[] offset(Cursor c) {
        SExpr e = c.next();
        if (!e.isList()) {
            throw Syntax.unexpected(e);
        }
        return e.isList("offset") ? module.constExpr(Cursor.afterHead(e)) : module.constExpr(new Cursor(List.of(e), 0));
    }

    /**
     * Writes a segment with the flag for function indices ({@code indexFlag}) or for expressions
     * ({@code exprFlag}); flags 0 and 4 imply table 0 and funcref.
     */
    private void write(int indexFlag, int exprFlag, int table, byte[] offset, Items items) {
        boolean indices = items.allFunctionIndices();
        int flag = indices ? indexFlag : exprFlag;
        if (flag == 4 && items.type != ValType.FUNCREF) {
            flag = 6;
        }
        ByteWriter out = new ByteWriter().u32(flag);
        if (flag == 2 || flag == 6) {
            out.u32(table);
        }
        if (offset != null) {
            out.bytes(offset);
        }
        if (flag == 1 || flag == 2 || flag == 3) {
            out.u8(0x00); // elemkind funcref
        } else if (flag == 5 || flag == 6 || flag == 7) {
            out.u8(items.type);
        }
        out.u32(items.exprs.size());
        for (int i = 0; i < items.exprs.size(); i++) {
            if (indices) {
                out.u32(items.funcIndices.get(i));
            } else {
                out.bytes(items.exprs.get(i));
            }
        }
        sections.elem(out.toByteArray());
    }

    /** {@code (data $id? (memory x)? offset string*)} or a passive {@code (data $id? string*)}. */
    void data(Cursor c) {
        c.optionalId();
        int memory = 0;
        boolean memoryWritten = true;
        if (c.peekList("memory")) {
            Cursor m = Cursor.afterHead(c.next());
            memory = module.memories.resolve(m.next());
            m.end();
        } else if (c.peekIndex() && c.peek(1) != null && c.peek(1).isList()) {
            memory = module.memories.resolve(c.next()); // the MVP form (data x (offset ...) ...)
        } else {
            memoryWritten = false;
        }
        if (!memoryWritten && (c.atEnd() || c.peek().isString())) {
            sections.data(new ByteWriter().u8(1).name(strings(c)).toByteArray());
            return;
        }
        byte[] offset = offset(c);
        writeActiveData(memory, offset, strings(c));
    }

    /** {@code (memory (data string*))}: an active segment at offset 0; returns its length in bytes. */
    int inlineData(Cursor c, int memory) {
        byte[] bytes = strings(c);
        writeActiveData(memory, OFFSET_ZERO, bytes);
        return bytes.length;
    }

    private void writeActiveData(int memory, byte[] offset, byte[] bytes) {
        ByteWriter out = new ByteWriter();
        if (memory == 0) {
            out.u8(0);
        } else {
            out.u8(2).u32(memory);
        }
        sections.data(out.bytes(offset).name(bytes).toByteArray());
    }

    private static byte[] strings(Cursor c) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        while (!c.atEnd()) {
            bytes.writeBytes(c.string());
        }
        return bytes.toByteArray();
    }
}
