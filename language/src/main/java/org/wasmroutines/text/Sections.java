package org.wasmroutines.text;

import java.util.ArrayList;
import java.util.List;

import org.wasmroutines.syntax.FuncType;

/**
 * The entries of each section as the fields are encoded, assembled in the binary format's
 * section order at the end (empty sections omitted).
 *
 * @see <a href="https://webassembly.github.io/spec/core/binary/modules.html#sections">Sections</a>
 */
final class Sections {
    private final List<byte[]> imports = new ArrayList<>();
    private final List<Integer> functions = new ArrayList<>();
    private final List<byte[]> tables = new ArrayList<>();
    private final List<byte[]> memories = new ArrayList<>();
    private final List<byte[]> globals = new ArrayList<>();
    private final List<byte[]> exports = new ArrayList<>();
    private final List<byte[]> elems = new ArrayList<>();
    private final List<byte[]> codes = new ArrayList<>();
    private final List<byte[]> datas = new ArrayList<>();
    private int start = -1;

    void importEntry(byte[] entry) {
        imports.add(entry);
    }

    void function(int typeIndex) {
        functions.add(typeIndex);
    }

    void table(byte[] entry) {
        tables.add(entry);
    }

    void memory(byte[] entry) {
        memories.add(entry);
    }

    void global(byte[] entry) {
        globals.add(entry);
    }

    void export(byte[] name, int kind, int index) {
        exports.add(new ByteWriter().name(name).u8(kind).u32(index).toByteArray());
    }

    void start(int funcIndex) {
        start = funcIndex;
    }

    void elem(byte[] entry) {
        elems.add(entry);
    }

    void code(byte[] body) {
        codes.add(new ByteWriter().name(body).toByteArray());
    }

    void data(byte[] entry) {
        datas.add(entry);
    }

    /**
     * The module's bytes; {@code namePayload} (or null) becomes a {@code name} custom section after
     * all others, where the spec's appendix places it.
     */
    byte[] assemble(List<FuncType> types, boolean dataCount, byte[] namePayload) {
        ByteWriter out = new ByteWriter().u8(0).u8('a').u8('s').u8('m').u8(1).u8(0).u8(0).u8(0);
        List<byte[]> typeEntries = new ArrayList<>();
        for (FuncType type : types) {
            ByteWriter t = new ByteWriter().u8(0x60).u32(type.paramCount());
            for (int i = 0; i < type.paramCount(); i++) {
                t.u8(type.param(i));
            }
            t.u32(type.resultCount());
            for (int i = 0; i < type.resultCount(); i++) {
                t.u8(type.result(i));
            }
            typeEntries.add(t.toByteArray());
        }
        section(out, 1, typeEntries);
        section(out, 2, imports);
        List<byte[]> functionEntries = new ArrayList<>();
        for (int typeIndex : functions) {
            functionEntries.add(new ByteWriter().u32(typeIndex).toByteArray());
        }
        section(out, 3, functionEntries);
        section(out, 4, tables);
        section(out, 5, memories);
        section(out, 6, globals);
        section(out, 7, exports);
        if (start >= 0) {
            byte[] content = new ByteWriter().u32(start).toByteArray();
            out.u8(8).name(content);
        }
        section(out, 9, elems);
        if (dataCount) {
            byte[] content = new ByteWriter().u32(datas.size()).toByteArray();
            out.u8(12).name(content);
        }
        section(out, 10, codes);
        section(out, 11, datas);
        if (namePayload != null) {
            out.u8(0).name(namePayload);
        }
        return out.toByteArray();
    }

    private static void section(ByteWriter out, int id, List<byte[]> entries) {
        if (entries.isEmpty()) {
            return;
        }
        ByteWriter content = new ByteWriter().u32(entries.size());
        for (byte[] entry : entries) {
            content.bytes(entry);
        }
        out.u8(id).name(content.toByteArray());
    }
}
