package org.wasmroutines.interop;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropException;
import com.oracle.truffle.api.interop.InteropLibrary;
import org.wasmroutines.runtime.ImportResolver;

/**
 * Imports given by another language as a nested object {@code {moduleName: {name: value}}} (object
 * members, or hash entries such as a Python dict or a JavaScript Map); an instance may stand for its
 * exports. Exports of other instances
 * are unwrapped to the runtime objects they stand for; other values (host functions, numbers for
 * immutable globals) are passed on for the instantiator to adapt to the declared type.
 */
final class PolyglotImports implements ImportResolver {
    private static final InteropLibrary INTEROP = InteropLibrary.getUncached();

    private final Object imports;

    /** @param imports the import object, or null for none */
    PolyglotImports(Object imports) {
        this.imports = imports == null || INTEROP.isNull(imports) ? null : imports;
    }

    static boolean isImportObject(Object value) {
        return INTEROP.isNull(value) || INTEROP.hasMembers(value) || INTEROP.hasHashEntries(value);
    }

    @Override
    @TruffleBoundary
    public Object resolve(String module, String name) {
        Object namespace = lookup(imports, module);
        Object value = namespace == null ? null : lookup(namespace, name);
        return value == null ? null : unwrap(value);
    }

    /** The entry {@code key} of an object or hash, or null when absent. */
    private static Object lookup(Object container, String key) {
        if (container == null) {
            return null;
        }
        if (container instanceof InstanceObject instance) {
            // {moduleName: instance} means its exports
            return instance.exports().view(key);
        }
        try {
            if (INTEROP.isMemberReadable(container, key)) {
                return INTEROP.readMember(container, key);
            }
            if (INTEROP.hasHashEntries(container) && INTEROP.isHashEntryReadable(container, key)) {
                return INTEROP.readHashValue(container, key);
            }
        } catch (InteropException e) {
            return null;
        }
        return null;
    }

    private static Object unwrap(Object value) {
        if (value instanceof MemoryObject memory) {
            return memory.memory();
        }
        if (value instanceof TableObject table) {
            return table.table();
        }
        if (value instanceof GlobalObject global) {
            return global.global();
        }
        return value;
    }
}
