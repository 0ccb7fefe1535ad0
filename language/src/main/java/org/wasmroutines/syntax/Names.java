package org.wasmroutines.syntax;

import java.util.Map;

/**
 * What the {@code name} custom section says: the module name (or null), function names by
 * function index, and local names by function index then local index. Used for traces only;
 * a malformed name section is ignored, as the spec allows.
 */
public record Names(String moduleName, Map<Integer, String> functionNames, Map<Integer, Map<Integer, String>> localNames) {
    public static final Names NONE = new Names(null, Map.of(), Map.of());

    public String functionName(int funcIndex) {
        return functionNames.get(funcIndex);
    }
}
