package org.wasmroutines.text;

import java.util.ArrayList;
import java.util.List;

import org.wasmroutines.syntax.FuncType;

/**
 * A parsed type use {@code (type x)? (param ...)* (result ...)*}: the explicit index if any, the
 * inline signature if any, and parameter names (functions only). Parameter and result lists must
 * come in this order; anything out of order is left for the caller to reject as unexpected.
 *
 * @see <a href="https://webassembly.github.io/spec/core/text/modules.html#type-uses">Type uses</a>
 */
final class TypeUse {
    /** True if {@code (type x)} was written. */
    final boolean explicit;
    /** The explicit type index (as an unsigned 32-bit value). */
    final int typeIndex;
    /** True if any {@code param} or {@code result} list was written. */
    final boolean hasInline;
    final FuncType inline;
    /** One entry per parameter: its identifier or null. */
    final List<String> paramNames;

    private TypeUse(boolean explicit, int typeIndex, boolean hasInline, FuncType inline, List<String> paramNames) {
        this.explicit = explicit;
        this.typeIndex = typeIndex;
        this.hasInline = hasInline;
        this.inline = inline;
        this.paramNames = paramNames;
    }

    static TypeUse parse(Cursor c, IndexSpace types, boolean namesAllowed) {
        int typeIndex = 0;
        boolean explicit = c.peekList("type");
        if (explicit) {
            if (types == null) {
                throw Syntax.unexpected(c.peek());
            }
            Cursor t = Cursor.afterHead(c.next());
            typeIndex = types.resolve(t.next());
            t.end();
        }
        boolean hasInline = false;
        List<Byte> params = new ArrayList<>();
        List<String> names = new ArrayList<>();
        while (c.peekList("param")) {
            hasInline = true;
            Cursor p = Cursor.afterHead(c.next());
            if (p.peek() != null && p.peek().isId()) {
                if (!namesAllowed) {
                    throw Syntax.unexpected(p.peek());
                }
                names.add(p.next().text);
                params.add(Syntax.valType(p.next()));
                p.end();
            } else {
                while (!p.atEnd()) {
                    params.add(Syntax.valType(p.next()));
                    names.add(null);
                }
            }
        }
        List<Byte> results = new ArrayList<>();
        while (c.peekList("result")) {
            hasInline = true;
            Cursor r = Cursor.afterHead(c.next());
            while (!r.atEnd()) {
                results.add(Syntax.valType(r.next()));
            }
        }
        if (c.peekList("param") || c.peekList("type")) {
            throw Syntax.unexpected(c.peek());
        }
        return new TypeUse(explicit, typeIndex, hasInline, new FuncType(bytes(params), bytes(results)), names);
    }

    /** A {@code (func (param ...) (result ...))} type definition; parameter names are allowed and ignored. */
    static FuncType definition(SExpr func) {
        if (!func.isList("func")) {
            throw Syntax.unexpected(func);
        }
        Cursor c = Cursor.afterHead(func);
        TypeUse use = parse(c, null, true);
        c.end();
        return use.inline;
    }

    private static byte[] bytes(List<Byte> list) {
        byte[] result = new byte[list.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = list.get(i);
        }
        return result;
    }
}
