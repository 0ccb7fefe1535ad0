package org.wasmroutines.text;

import java.util.ArrayList;
import java.util.List;

import org.wasmroutines.errors.Failure;
import org.wasmroutines.errors.WasmException;
import org.wasmroutines.syntax.FuncType;

/**
 * Compiles the fields of one text module to the binary format in two passes: the first binds
 * every identifier to its index (so references may point forward) and checks that imports come
 * first; the second encodes each field into its section. Implicit types of type uses are
 * appended to the type section in the order the uses appear.
 *
 * @see <a href="https://webassembly.github.io/spec/core/text/modules.html">Text modules</a>
 * @see <a href="https://webassembly.github.io/spec/core/binary/modules.html">Binary modules</a>
 */
final class ModuleCompiler {
    final IndexSpace types = new IndexSpace(Failure.DUPLICATE_TYPE, Failure.UNKNOWN_TYPE_TEXT);
    final IndexSpace funcs = new IndexSpace(Failure.DUPLICATE_FUNC, Failure.UNKNOWN_FUNCTION_TEXT);
    final IndexSpace tables = new IndexSpace(Failure.DUPLICATE_TABLE, Failure.UNKNOWN_TABLE_TEXT);
    final IndexSpace memories = new IndexSpace(Failure.DUPLICATE_MEMORY, Failure.UNKNOWN_MEMORY_TEXT);
    final IndexSpace globals = new IndexSpace(Failure.DUPLICATE_GLOBAL, Failure.UNKNOWN_GLOBAL_TEXT);
    final IndexSpace elems = new IndexSpace(Failure.DUPLICATE_ELEM_SEGMENT_TEXT, Failure.UNKNOWN_ELEM_TEXT);
    final IndexSpace datas = new IndexSpace(Failure.DUPLICATE_DATA_SEGMENT_TEXT, Failure.UNKNOWN_DATA_TEXT);
    /** Explicit types, then the implicit ones as they are added. */
    final List<FuncType> typeList = new ArrayList<>();
    /** Set when code refers to a data segment, which requires the data count section. */
    boolean usesDataCount;

    private final List<SExpr> fields;
    private final NameSection names;
    private final Sections sections = new Sections();
    private final SegmentCompiler segments = new SegmentCompiler(this, sections);
    private Failure importAfter;
    private boolean hasStart;

    /** {@code moduleId} is the {@code $id} of {@code (module $id ...)}, or null. */
    ModuleCompiler(String moduleId, List<SExpr> fields) {
        this.fields = fields;
        this.names = new NameSection(moduleId);
    }

    byte[] compile() {
        for (SExpr field : fields) {
            declare(field);
        }
        for (SExpr field : fields) {
            encode(field);
        }
        names.functions(funcs.idsByIndex());
        return sections.assemble(typeList, usesDataCount, names.payload());
    }

    // ---- pass 1: identifiers and index spaces

    private void declare(SExpr field) {
        String head = field.head();
        if (head == null) {
            throw Syntax.unexpected(field.isList() && !field.items.isEmpty() ? field.items.get(0) : field);
        }
        Cursor c = Cursor.afterHead(field);
        switch (head) {
            case "type" -> {
                String id = c.optionalId();
                FuncType type = TypeUse.definition(c.next());
                c.end();
                types.define(id);
                typeList.add(type);
            }
            case "import" -> {
                c.string();
                c.string();
                SExpr desc = c.next();
                c.end();
                checkImportOrder();
                IndexSpace space = spaceOf(desc.head(), desc);
                space.define(Cursor.afterHead(desc).optionalId());
            }
            case "func", "table", "memory", "global" -> declareDefinition(head, c);
            case "elem" -> elems.define(c.optionalId());
            case "data" -> datas.define(c.optionalId());
            case "export", "start" -> {
            }
            default -> throw Syntax.unexpected(field.items.get(0));
        }
    }

    private void declareDefinition(String kind, Cursor c) {
        String id = c.optionalId();
        while (c.peekList("export")) {
            c.next();
        }
        if (c.peekList("import")) {
            checkImportOrder();
        } else {
            Failure after = switch (kind) {
                case "func" -> Failure.IMPORT_AFTER_FUNCTION;
                case "table" -> Failure.IMPORT_AFTER_TABLE;
                case "memory" -> Failure.IMPORT_AFTER_MEMORY;
                default -> Failure.IMPORT_AFTER_GLOBAL;
            };
            importAfter = importAfter == null ? after : importAfter;
            if (kind.equals("table") && Syntax.isRefType(c.peek()) && c.peekList(1, "elem")) {
                elems.define(null);
            }
            if (kind.equals("memory") && c.peekList("data")) {
                datas.define(null);
            }
        }
        spaceOf(kind, null).define(id);
    }

    /** All imports must precede the definitions of functions, tables, memories and globals. */
    private void checkImportOrder() {
        if (importAfter != null) {
            throw WasmException.create(importAfter);
        }
    }

    IndexSpace spaceOf(String kind, SExpr where) {
        if (kind != null) {
            switch (kind) {
                case "func": return funcs;
                case "table": return tables;
                case "memory": return memories;
                case "global": return globals;
                default: break;
            }
        }
        throw Syntax.unexpected(where);
    }

    // ---- pass 2: encoding

    private void encode(SExpr field) {
        Cursor c = Cursor.afterHead(field);
        switch (field.head()) {
            case "type" -> {
            }
            case "import" -> {
                byte[] module = Syntax.name(c);
                byte[] name = Syntax.name(c);
                SExpr desc = c.next();
                Cursor d = Cursor.afterHead(desc);
                int index = spaceCounter(desc.head());
                d.optionalId();
                importEntry(module, name, desc.head(), d, index);
                d.end();
            }
            case "func" -> function(c);
            case "table" -> table(c);
            case "memory" -> memory(c);
            case "global" -> global(c);
            case "export" -> {
                byte[] name = Syntax.name(c);
                SExpr desc = c.next();
                c.end();
                Cursor d = Cursor.afterHead(desc);
                int index = spaceOf(desc.head(), desc).resolve(d.next());
                d.end();
                sections.export(name, kindCode(desc.head()), index);
            }
            case "start" -> {
                if (hasStart) {
                    throw WasmException.create(Failure.MULTIPLE_START_TEXT);
                }
                hasStart = true;
                int index = funcs.resolve(c.next());
                c.end();
                sections.start(index);
            }
            case "elem" -> segments.elem(c);
            case "data" -> segments.data(c);
            default -> throw Syntax.unexpected(field.items.get(0));
        }
    }

    /** Pass-2 counters: the index the next definition of each kind gets, in the same order as pass 1. */
    private int funcCount;
    private int tableCount;
    private int memoryCount;
    private int globalCount;

    private int spaceCounter(String kind) {
        return switch (kind) {
            case "func" -> funcCount++;
            case "table" -> tableCount++;
            case "memory" -> memoryCount++;
            default -> globalCount++;
        };
    }

    private static int kindCode(String kind) {
        return switch (kind) {
            case "func" -> 0;
            case "table" -> 1;
            case "memory" -> 2;
            default -> 3;
        };
    }

    /** Inline exports {@code (export "name")*} of a definition or import. */
    private void inlineExports(Cursor c, String kind, int index) {
        while (c.peekList("export")) {
            Cursor e = Cursor.afterHead(c.next());
            byte[] name = Syntax.name(e);
            e.end();
            sections.export(name, kindCode(kind), index);
        }
    }

    /** An inline import {@code (import "m" "n")}, or null. */
    private byte[][] inlineImport(Cursor c) {
        if (!c.peekList("import")) {
            return null;
        }
        Cursor i = Cursor.afterHead(c.next());
        byte[][] names = {Syntax.name(i), Syntax.name(i)};
        i.end();
        return names;
    }

    private void importEntry(byte[] module, byte[] name, String kind, Cursor c, int index) {
        ByteWriter entry = new ByteWriter().name(module).name(name).u8(kindCode(kind));
        switch (kind) {
            case "func" -> {
                TypeUse use = TypeUse.parse(c, types, true);
                entry.u32(typeIndex(use));
            }
            case "table" -> {
                ByteWriter limits = new ByteWriter();
                Syntax.limits(c, limits);
                entry.u8(Syntax.refType(c.next())).bytes(limits.toByteArray());
            }
            case "memory" -> Syntax.limits(c, entry);
            default -> globalType(c, entry);
        }
        sections.importEntry(entry.toByteArray());
    }

    void globalType(Cursor c, ByteWriter out) {
        SExpr t = c.next();
        if (t.isList("mut")) {
            Cursor m = Cursor.afterHead(t);
            out.u8(Syntax.valType(m.next())).u8(1);
            m.end();
        } else {
            out.u8(Syntax.valType(t)).u8(0);
        }
    }

    private void function(Cursor c) {
        int index = funcCount++;
        c.optionalId();
        inlineExports(c, "func", index);
        byte[][] imported = inlineImport(c);
        if (imported != null) {
            importEntry(imported[0], imported[1], "func", c, index);
            c.end();
            return;
        }
        TypeUse use = TypeUse.parse(c, types, true);
        int typeIndex = typeIndex(use);
        sections.function(typeIndex);
        IndexSpace locals = new IndexSpace(Failure.DUPLICATE_LOCAL, Failure.UNKNOWN_LOCAL_TEXT);
        if (use.hasInline || !use.explicit) {
            for (String name : use.paramNames) {
                locals.define(name);
            }
        } else if (typeIndex >= 0 && typeIndex < typeList.size()) {
            for (int i = 0; i < typeList.get(typeIndex).paramCount(); i++) {
                locals.define(null);
            }
        }
        List<Byte> localTypes = new ArrayList<>();
        while (c.peekList("local")) {
            Cursor l = Cursor.afterHead(c.next());
            if (l.peek() != null && l.peek().isId()) {
                locals.define(l.next().text);
                localTypes.add(Syntax.valType(l.next()));
                l.end();
            } else {
                while (!l.atEnd()) {
                    locals.define(null);
                    localTypes.add(Syntax.valType(l.next()));
                }
            }
        }
        names.locals(index, locals.idsByIndex());
        CodeCompiler code = new CodeCompiler(this, locals);
        code.sequence(c);
        byte[] instructions = code.finish();
        ByteWriter body = new ByteWriter();
        writeLocals(localTypes, body);
        body.bytes(instructions);
        sections.code(body.toByteArray());
    }

    /** Locals in runs of equal types, as the binary format groups them. */
    private static void writeLocals(List<Byte> types, ByteWriter out) {
        ByteWriter runs = new ByteWriter();
        int count = 0;
        int i = 0;
        while (i < types.size()) {
            int j = i;
            while (j < types.size() && types.get(j).equals(types.get(i))) {
                j++;
            }
            runs.u32(j - i).u8(types.get(i));
            count++;
            i = j;
        }
        out.u32(count).bytes(runs.toByteArray());
    }

    private void table(Cursor c) {
        int index = tableCount++;
        c.optionalId();
        inlineExports(c, "table", index);
        byte[][] imported = inlineImport(c);
        if (imported != null) {
            importEntry(imported[0], imported[1], "table", c, index);
            c.end();
            return;
        }
        if (Syntax.isRefType(c.peek())) {
            byte ref = Syntax.refType(c.next());
            Cursor e = Cursor.afterHead(c.next());
            int count = segments.inlineElem(e, ref, index);
            sections.table(new ByteWriter().u8(ref).u8(1).u32(count).u32(count).toByteArray());
        } else {
            ByteWriter limits = new ByteWriter();
            Syntax.limits(c, limits);
            byte ref = Syntax.refType(c.next());
            sections.table(new ByteWriter().u8(ref).bytes(limits.toByteArray()).toByteArray());
        }
        c.end();
    }

    private void memory(Cursor c) {
        int index = memoryCount++;
        c.optionalId();
        inlineExports(c, "memory", index);
        byte[][] imported = inlineImport(c);
        if (imported != null) {
            importEntry(imported[0], imported[1], "memory", c, index);
            c.end();
            return;
        }
        if (c.peekList("data")) {
            Cursor d = Cursor.afterHead(c.next());
            int length = segments.inlineData(d, index);
            long pages = (length + 65535L) / 65536L;
            sections.memory(new ByteWriter().u8(1).u32(pages).u32(pages).toByteArray());
        } else {
            ByteWriter limits = new ByteWriter();
            Syntax.limits(c, limits);
            sections.memory(limits.toByteArray());
        }
        c.end();
    }

    private void global(Cursor c) {
        int index = globalCount++;
        c.optionalId();
        inlineExports(c, "global", index);
        byte[][] imported = inlineImport(c);
        if (imported != null) {
            importEntry(imported[0], imported[1], "global", c, index);
            c.end();
            return;
        }
        ByteWriter global = new ByteWriter();
        globalType(c, global);
        global.bytes(constExpr(c));
        sections.global(global.toByteArray());
    }

    /** The remaining elements of a list as a constant expression, with its final {@code end}. */
    byte[] constExpr(Cursor c) {
        CodeCompiler code = new CodeCompiler(this, new IndexSpace(Failure.DUPLICATE_LOCAL, Failure.UNKNOWN_LOCAL_TEXT));
        code.sequence(c);
        return code.finish();
    }

    /**
     * The type index a type use denotes: the explicit one (checked against any inline signature),
     * else the first equal type, else a new type appended at the end.
     */
    int typeIndex(TypeUse use) {
        if (use.explicit) {
            if (use.hasInline && Integer.compareUnsigned(use.typeIndex, typeList.size()) >= 0) {
                throw WasmException.create(Failure.UNKNOWN_TYPE_TEXT, String.valueOf(use.typeIndex));
            }
            if (use.hasInline && !typeList.get(use.typeIndex).equals(use.inline)) {
                throw WasmException.create(Failure.INLINE_FUNCTION_TYPE);
            }
            return use.typeIndex;
        }
        int existing = typeList.indexOf(use.inline);
        if (existing >= 0) {
            return existing;
        }
        typeList.add(use.inline);
        return typeList.size() - 1;
    }
}
