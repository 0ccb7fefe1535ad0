package org.wasmroutines.text;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code name} custom section built from the text identifiers: the module's {@code $id}, the
 * function ids (imported functions included) and the parameter and local ids of each defined
 * function, so that traces show the names the author wrote. Ids are stored without their
 * {@code $}. A module without any identifier gets no section, so its binary stays minimal.
 *
 * @see <a href="https://webassembly.github.io/spec/core/appendix/custom.html#name-section">Name section</a>
 */
final class NameSection {
    private static final int MODULE_NAME = 0;
    private static final int FUNCTION_NAMES = 1;
    private static final int LOCAL_NAMES = 2;

    private final String moduleId;
    /** Function index to its id; sorted because name maps must list indices in increasing order. */
    private final Map<Integer, String> functions = new TreeMap<>();
    /** Function index to (local index to id), only for functions with at least one named local. */
    private final Map<Integer, Map<Integer, String>> locals = new TreeMap<>();

    /** {@code moduleId} is the module's identifier with its {@code $}, or null. */
    NameSection(String moduleId) {
        this.moduleId = moduleId;
    }

    /** The ids of the function index space, by index (null where a function has none). */
    void functions(List<String> ids) {
        collect(ids, functions);
    }

    /** The ids of one defined function's locals (parameters first), by local index. */
    void locals(int funcIndex, List<String> ids) {
        Map<Integer, String> named = new TreeMap<>();
        collect(ids, named);
        if (!named.isEmpty()) {
            locals.put(funcIndex, named);
        }
    }

    private static void collect(List<String> ids, Map<Integer, String> into) {
        for (int i = 0; i < ids.size(); i++) {
            if (ids.get(i) != null) {
                into.put(i, withoutDollar(ids.get(i)));
            }
        }
    }

    private static String withoutDollar(String id) {
        return id.substring(1);
    }

    /** The section's contents after the section id and size (its name "name" first), or null if no names exist. */
    byte[] payload() {
        if (moduleId == null && functions.isEmpty() && locals.isEmpty()) {
            return null;
        }
        ByteWriter out = new ByteWriter().name(utf8("name"));
        // subsections in increasing id order, each at most once
        if (moduleId != null) {
            subsection(out, MODULE_NAME, new ByteWriter().name(utf8(withoutDollar(moduleId))));
        }
        if (!functions.isEmpty()) {
            subsection(out, FUNCTION_NAMES, nameMap(functions));
        }
        if (!locals.isEmpty()) {
            ByteWriter indirect = new ByteWriter().u32(locals.size());
            for (Map.Entry<Integer, Map<Integer, String>> function : locals.entrySet()) {
                indirect.u32(function.getKey()).bytes(nameMap(function.getValue()).toByteArray());
            }
            subsection(out, LOCAL_NAMES, indirect);
        }
        return out.toByteArray();
    }

    private static ByteWriter nameMap(Map<Integer, String> names) {
        ByteWriter map = new ByteWriter().u32(names.size());
        for (Map.Entry<Integer, String> entry : names.entrySet()) {
            map.u32(entry.getKey()).name(utf8(entry.getValue()));
        }
        return map;
    }

    private static void subsection(ByteWriter out, int id, ByteWriter content) {
        out.u8(id).name(content.toByteArray());
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
