package org.wasmroutines.syntax;

import java.util.List;

/**
 * A decoded module: the immutable result of {@code binary.ModuleDecoder}, checked by
 * {@code validation.ModuleValidator}, instantiated by {@code runtime.Instantiator}. Index spaces
 * (functions, tables, memories, globals) count imports first, as in the spec.
 *
 * @see <a href="https://webassembly.github.io/spec/core/syntax/modules.html">Modules</a>
 */
public final class Module {
    public final FuncType[] types;
    public final Import[] imports;
    /** Type index of each defined (non-imported) function. */
    public final int[] funcTypeIndices;
    /** Defined tables. */
    public final TableType[] tables;
    /** Defined memories. */
    public final MemoryType[] memories;
    /** Defined globals. */
    public final GlobalType[] globalTypes;
    public final ConstExpr[] globalInits;
    public final Export[] exports;
    /** Index of the start function, or -1. */
    public final int start;
    public final ElemSegment[] elems;
    /** The data count section's value, or -1 if the section is absent. */
    public final int dataCount;
    /** Bodies of defined functions, parallel to {@link #funcTypeIndices}. */
    public final FunctionBody[] code;
    public final DataSegment[] datas;
    public final Names names;
    public final List<CustomSection> customSections;

    private final int importedFuncs;
    private final int importedTables;
    private final int importedMemories;
    private final int importedGlobals;

    public Module(FuncType[] types, Import[] imports, int[] funcTypeIndices, TableType[] tables,
                    MemoryType[] memories, GlobalType[] globalTypes, ConstExpr[] globalInits,
                    Export[] exports, int start, ElemSegment[] elems, int dataCount,
                    FunctionBody[] code, DataSegment[] datas, Names names,
                    List<CustomSection> customSections) {
        this.types = types;
        this.imports = imports;
        this.funcTypeIndices = funcTypeIndices;
        this.tables = tables;
        this.memories = memories;
        this.globalTypes = globalTypes;
        this.globalInits = globalInits;
        this.exports = exports;
        this.start = start;
        this.elems = elems;
        this.dataCount = dataCount;
        this.code = code;
        this.datas = datas;
        this.names = names;
        this.customSections = List.copyOf(customSections);
        int f = 0;
        int t = 0;
        int m = 0;
        int g = 0;
        for (Import imp : imports) {
            switch (imp.kind()) {
                case FUNC -> f++;
                case TABLE -> t++;
                case MEMORY -> m++;
                case GLOBAL -> g++;
            }
        }
        this.importedFuncs = f;
        this.importedTables = t;
        this.importedMemories = m;
        this.importedGlobals = g;
    }

    public int importedFunctionCount() {
        return importedFuncs;
    }

    public int importedTableCount() {
        return importedTables;
    }

    public int importedMemoryCount() {
        return importedMemories;
    }

    public int importedGlobalCount() {
        return importedGlobals;
    }

    public int functionCount() {
        return importedFuncs + funcTypeIndices.length;
    }

    public int tableCount() {
        return importedTables + tables.length;
    }

    public int memoryCount() {
        return importedMemories + memories.length;
    }

    public int globalCount() {
        return importedGlobals + globalTypes.length;
    }

    /** The type of a function in the whole function index space. */
    public FuncType functionType(int funcIndex) {
        return types[functionTypeIndex(funcIndex)];
    }

    public int functionTypeIndex(int funcIndex) {
        if (funcIndex < importedFuncs) {
            return nthImport(ExternKind.FUNC, funcIndex).funcTypeIndex();
        }
        return funcTypeIndices[funcIndex - importedFuncs];
    }

    public TableType tableType(int tableIndex) {
        return tableIndex < importedTables ? nthImport(ExternKind.TABLE, tableIndex).table() : tables[tableIndex - importedTables];
    }

    public MemoryType memoryType(int memoryIndex) {
        return memoryIndex < importedMemories ? nthImport(ExternKind.MEMORY, memoryIndex).memory() : memories[memoryIndex - importedMemories];
    }

    public GlobalType globalType(int globalIndex) {
        return globalIndex < importedGlobals ? nthImport(ExternKind.GLOBAL, globalIndex).global() : globalTypes[globalIndex - importedGlobals];
    }

    /** The {@code n}-th import of the given kind. */
    public Import nthImport(ExternKind kind, int n) {
        int seen = 0;
        for (Import imp : imports) {
            if (imp.kind() == kind) {
                if (seen == n) {
                    return imp;
                }
                seen++;
            }
        }
        throw new IndexOutOfBoundsException(kind + " import " + n);
    }

    /** A name for a function in traces: from the name section, else its export name, else its index. */
    public String displayName(int funcIndex) {
        String name = names.functionName(funcIndex);
        if (name != null) {
            return name;
        }
        for (Export export : exports) {
            if (export.kind() == ExternKind.FUNC && export.index() == funcIndex) {
                return export.name();
            }
        }
        if (funcIndex < importedFuncs) {
            Import imp = nthImport(ExternKind.FUNC, funcIndex);
            return imp.module() + "." + imp.name();
        }
        return "func[" + funcIndex + "]";
    }
}
