package org.wasmroutines.binary;

import java.util.ArrayList;
import java.util.List;

import org.wasmroutines.errors.Failure;
import org.wasmroutines.errors.WasmException;
import org.wasmroutines.syntax.ConstExpr;
import org.wasmroutines.syntax.CustomSection;
import org.wasmroutines.syntax.DataSegment;
import org.wasmroutines.syntax.ElemSegment;
import org.wasmroutines.syntax.Export;
import org.wasmroutines.syntax.ExternKind;
import org.wasmroutines.syntax.FuncType;
import org.wasmroutines.syntax.FunctionBody;
import org.wasmroutines.syntax.GlobalType;
import org.wasmroutines.syntax.Import;
import org.wasmroutines.syntax.MemoryType;
import org.wasmroutines.syntax.Module;
import org.wasmroutines.syntax.Names;
import org.wasmroutines.syntax.TableType;

/**
 * Decodes a module binary into a {@link Module}: the preamble, then the sections in their
 * prescribed order (custom sections anywhere). Function bodies stay byte ranges, but their
 * encoding is checked here so that later phases can read them with {@link CodeReader}.
 * Throws {@link WasmException} of kind MALFORMED with the spec's messages.
 *
 * @see <a href="https://webassembly.github.io/spec/core/binary/modules.html">Binary modules</a>
 */
public final class ModuleDecoder {
    private static final int MAGIC = 0x6D736100; // "\0asm" little-endian
    private static final int VERSION = 1;

    // section ids
    private static final int CUSTOM = 0;
    private static final int TYPE = 1;
    private static final int IMPORT = 2;
    private static final int FUNCTION = 3;
    private static final int TABLE = 4;
    private static final int MEMORY = 5;
    private static final int GLOBAL = 6;
    private static final int EXPORT = 7;
    private static final int START = 8;
    private static final int ELEMENT = 9;
    private static final int CODE = 10;
    private static final int DATA = 11;
    private static final int DATA_COUNT = 12;
    /** Position of each section id (index) in the required order; custom sections have none. */
    private static final int[] ORDER = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 10};

    private final BinaryReader in;
    private final SegmentDecoder segments;

    private FuncType[] types = new FuncType[0];
    private Import[] imports = new Import[0];
    private int[] funcTypeIndices = new int[0];
    private TableType[] tables = new TableType[0];
    private MemoryType[] memories = new MemoryType[0];
    private GlobalType[] globalTypes = new GlobalType[0];
    private ConstExpr[] globalInits = new ConstExpr[0];
    private Export[] exports = new Export[0];
    private int start = -1;
    private ElemSegment[] elems = new ElemSegment[0];
    private int dataCount = -1;
    private FunctionBody[] code;
    private DataSegment[] datas = new DataSegment[0];
    private Names names = Names.NONE;
    private final List<CustomSection> customSections = new ArrayList<>();
    /** Whether some function uses memory.init or data.drop, which need the data count section. */
    private boolean usesDataInstructions;

    private ModuleDecoder(byte[] bytes) {
        this.in = new BinaryReader(bytes);
        this.segments = new SegmentDecoder(in, new InstructionScanner(in));
    }

    /** Decodes a whole module binary; throws a MALFORMED {@link WasmException}. */
    public static Module decode(byte[] bytes) {
        return new ModuleDecoder(bytes).module();
    }

    private Module module() {
        readPreamble();
        int lastOrder = 0;
        while (!in.atEnd()) {
            in.inSection = false;
            int id = in.readByte();
            if (id > DATA_COUNT) {
                throw WasmException.create(Failure.MALFORMED_SECTION_ID);
            }
            int size = in.readLength();
            int end = in.position() + size;
            in.inSection = true;
            if (id != CUSTOM) {
                // @see binary/modules.html#binary-module: each non-custom section at most once, in order
                if (ORDER[id] <= lastOrder) {
                    throw WasmException.create(Failure.UNEXPECTED_CONTENT_AFTER_LAST_SECTION);
                }
                lastOrder = ORDER[id];
            }
            readSection(id, end);
            if (in.position() != end) {
                throw WasmException.create(Failure.SECTION_SIZE_MISMATCH);
            }
        }
        if (code == null) {
            code = new FunctionBody[0];
        }
        if (code.length != funcTypeIndices.length) {
            throw WasmException.create(Failure.FUNCTION_AND_CODE_INCONSISTENT);
        }
        if (dataCount >= 0 && dataCount != datas.length) {
            throw WasmException.create(Failure.DATA_COUNT_AND_DATA_INCONSISTENT);
        }
        // @see binary/modules.html#data-count-section: like the reference interpreter, only
        // required when there are data segments for memory.init / data.drop to name
        if (usesDataInstructions && dataCount < 0 && datas.length > 0) {
            throw WasmException.create(Failure.DATA_COUNT_SECTION_REQUIRED);
        }
        return new Module(types, imports, funcTypeIndices, tables, memories, globalTypes, globalInits, exports,
                        start, elems, dataCount, code, datas, names, customSections);
    }

    /** @see <a href="https://webassembly.github.io/spec/core/binary/modules.html#binary-module">Preamble</a> */
    private void readPreamble() {
        if (in.remaining() < 4) {
            throw WasmException.create(Failure.UNEXPECTED_END);
        }
        if (in.readFixed32() != MAGIC) {
            throw WasmException.create(Failure.MAGIC_HEADER_NOT_DETECTED);
        }
        if (in.remaining() < 4) {
            throw WasmException.create(Failure.UNEXPECTED_END);
        }
        if (in.readFixed32() != VERSION) {
            throw WasmException.create(Failure.UNKNOWN_BINARY_VERSION);
        }
    }

    private void readSection(int id, int end) {
        switch (id) {
            case CUSTOM -> readCustomSection(end);
            case TYPE -> types = readVector(new FuncType[in.readCount()], this::readFuncType);
            case IMPORT -> imports = readVector(new Import[in.readCount()], this::readImport);
            case FUNCTION -> {
                funcTypeIndices = new int[in.readCount()];
                for (int i = 0; i < funcTypeIndices.length; i++) {
                    funcTypeIndices[i] = in.readU32();
                }
            }
            case TABLE -> tables = readVector(new TableType[in.readCount()], () -> TypeDecoder.tableType(in));
            case MEMORY -> memories = readVector(new MemoryType[in.readCount()], () -> TypeDecoder.memoryType(in));
            case GLOBAL -> readGlobalSection();
            case EXPORT -> exports = readVector(new Export[in.readCount()], this::readExport);
            case START -> {
                // -1 means "no start function", so the (unknown) index 2^32-1 must not become -1
                int index = in.readU32();
                start = index == -1 ? Integer.MIN_VALUE : index;
            }
            case ELEMENT -> elems = readVector(new ElemSegment[in.readCount()], segments::elem);
            case CODE -> readCodeSection();
            case DATA -> datas = readVector(new DataSegment[in.readCount()], segments::data);
            case DATA_COUNT -> {
                dataCount = in.readU32();
                // a count of 2^31 or more cannot match any data section (and -1 means "absent")
                if (dataCount < 0) {
                    throw WasmException.create(Failure.DATA_COUNT_AND_DATA_INCONSISTENT);
                }
            }
            default -> throw WasmException.create(Failure.MALFORMED_SECTION_ID);
        }
    }

    private static <T> T[] readVector(T[] into, java.util.function.Supplier<T> element) {
        for (int i = 0; i < into.length; i++) {
            into[i] = element.get();
        }
        return into;
    }

    private void readCodeSection() {
        CodeSectionDecoder decoder = new CodeSectionDecoder(in);
        code = decoder.readCodeSection();
        usesDataInstructions = decoder.usesDataInstructions();
    }

    /** @see <a href="https://webassembly.github.io/spec/core/binary/modules.html#custom-section">Custom section</a> */
    private void readCustomSection(int end) {
        String name = in.readName();
        if (in.position() > end) {
            throw WasmException.create(Failure.UNEXPECTED_END_OF_SECTION);
        }
        byte[] payload = in.readBytes(end - in.position());
        customSections.add(new CustomSection(name, payload));
        if (name.equals("name")) {
            names = NameSectionDecoder.decode(payload);
        }
    }

    /** @see <a href="https://webassembly.github.io/spec/core/binary/types.html#function-types">Function types</a> */
    private FuncType readFuncType() {
        // the form is a signed LEB128 s7: -0x20 is written as the byte 0x60
        if (in.readSigned(7) != -0x20) {
            throw WasmException.create(Failure.MALFORMED_FUNCTION_TYPE);
        }
        byte[] params = readValueTypes();
        byte[] results = readValueTypes();
        return new FuncType(params, results);
    }

    private byte[] readValueTypes() {
        byte[] result = new byte[in.readCount()];
        for (int i = 0; i < result.length; i++) {
            result[i] = InstructionScanner.readValueType(in);
        }
        return result;
    }

    /** @see <a href="https://webassembly.github.io/spec/core/binary/modules.html#import-section">Import section</a> */
    private Import readImport() {
        String module = in.readName();
        String name = in.readName();
        return switch (in.readByte()) {
            case 0 -> Import.func(module, name, in.readU32());
            case 1 -> Import.table(module, name, TypeDecoder.tableType(in));
            case 2 -> Import.memory(module, name, TypeDecoder.memoryType(in));
            case 3 -> Import.global(module, name, TypeDecoder.globalType(in));
            default -> throw WasmException.create(Failure.MALFORMED_IMPORT_KIND);
        };
    }

    /** @see <a href="https://webassembly.github.io/spec/core/binary/modules.html#global-section">Global section</a> */
    private void readGlobalSection() {
        int count = in.readCount();
        globalTypes = new GlobalType[count];
        globalInits = new ConstExpr[count];
        for (int i = 0; i < count; i++) {
            globalTypes[i] = TypeDecoder.globalType(in);
            globalInits[i] = segments.constExpr();
        }
    }

    /** @see <a href="https://webassembly.github.io/spec/core/binary/modules.html#export-section">Export section</a> */
    private Export readExport() {
        String name = in.readName();
        int kind = in.readByte();
        if (kind > 3) {
            throw WasmException.create(Failure.MALFORMED_EXPORT_KIND);
        }
        return new Export(name, ExternKind.values()[kind], in.readU32());
    }
}
