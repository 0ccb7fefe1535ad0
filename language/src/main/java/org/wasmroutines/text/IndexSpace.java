package org.wasmroutines.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.wasmroutines.errors.Failure;
import org.wasmroutines.errors.WasmException;

/**
 * One index space of the text format (functions, locals, labels aside ...): the identifiers bound
 * in it, so that symbolic references resolve to indices. Numeric indices pass through unchecked:
 * an index out of range is the validator's to report, not a text error.
 *
 * @see <a href="https://webassembly.github.io/spec/core/text/modules.html#indices">Indices</a>
 */
final class IndexSpace {
    private final Map<String, Integer> ids = new HashMap<>();
    /** The identifier of each index, or null; kept for the name section. */
    private final List<String> idsByIndex = new ArrayList<>();
    private final Failure duplicate;
    private final Failure unknown;
    private int count;

    IndexSpace(Failure duplicate, Failure unknown) {
        this.duplicate = duplicate;
        this.unknown = unknown;
    }

    /** Binds the next index, to {@code id} if given. */
    int define(String id) {
        if (id != null) {
            if (ids.containsKey(id)) {
                throw WasmException.create(duplicate, id);
            }
            ids.put(id, count);
        }
        idsByIndex.add(id);
        return count++;
    }

    /** The identifier bound to each index so far (with its {@code $}), null where there is none. */
    List<String> idsByIndex() {
        return Collections.unmodifiableList(idsByIndex);
    }

    int count() {
        return count;
    }

    int resolve(SExpr e) {
        if (e != null && e.isId()) {
            Integer index = ids.get(e.text);
            if (index == null) {
                throw WasmException.create(unknown, e.text);
            }
            return index;
        }
        if (e != null && e.isAtom() && NumberLiterals.isNat(e.text)) {
            return (int) NumberLiterals.u32(e.text);
        }
        throw Syntax.unexpected(e);
    }
}
