package org.wasmroutines.binary;

import java.util.HashMap;
import java.util.Map;

import org.wasmroutines.errors.WasmException;
import org.wasmroutines.syntax.Names;

/**
 * Decodes the {@code name} custom section (module, function and local names). The section is
 * only a debugging aid, so a malformed one is ignored as the spec allows.
 *
 * @see <a href="https://webassembly.github.io/spec/core/appendix/custom.html#name-section">Name section</a>
 */
final class NameSectionDecoder {
    private static final int MODULE_NAME = 0;
    private static final int FUNCTION_NAMES = 1;
    private static final int LOCAL_NAMES = 2;

    private NameSectionDecoder() {
    }

    static Names decode(byte[] payload) {
        try {
            return decodeStrict(payload);
        } catch (WasmException | IndexOutOfBoundsException e) {
            return Names.NONE;
        }
    }

    private static Names decodeStrict(byte[] payload) {
        BinaryReader in = new BinaryReader(payload);
        String moduleName = null;
        Map<Integer, String> functionNames = new HashMap<>();
        Map<Integer, Map<Integer, String>> localNames = new HashMap<>();
        while (!in.atEnd()) {
            int id = in.readByte();
            int size = in.readLength();
            int end = in.position() + size;
            switch (id) {
                case MODULE_NAME -> moduleName = in.readName();
                case FUNCTION_NAMES -> readNameMap(in, functionNames);
                case LOCAL_NAMES -> {
                    int count = in.readLength();
                    for (int i = 0; i < count; i++) {
                        int function = in.readU32();
                        Map<Integer, String> locals = new HashMap<>();
                        readNameMap(in, locals);
                        localNames.put(function, Map.copyOf(locals));
                    }
                }
                default -> in.seek(end); // other subsections (labels, types, ...) are not used
            }
            if (in.position() != end) {
                return Names.NONE;
            }
        }
        return new Names(moduleName, Map.copyOf(functionNames), Map.copyOf(localNames));
    }

    private static void readNameMap(BinaryReader in, Map<Integer, String> into) {
        int count = in.readLength();
        for (int i = 0; i < count; i++) {
            int index = in.readU32();
            into.put(index, in.readName());
        }
    }
}
