package org.wasmroutines.text;

import java.util.List;

/**
 * One node of the text format's S-expression structure: an atom (keyword, identifier, number), a
 * string literal (kept as bytes, since data strings need not be UTF-8) or a parenthesised list.
 * The parser works on this tree, which makes forward references (a second pass) and folded
 * instructions simple. Source offsets let the script layer keep a module's own text.
 *
 * @see <a href="https://webassembly.github.io/spec/core/text/lexical.html">Lexical format</a>
 */
public final class SExpr {
    public enum Kind { ATOM, STRING, LIST }

    public final Kind kind;
    /** The token text of an atom (for a string: its source text including quotes). */
    public final String text;
    /** The decoded bytes of a string literal, null otherwise. */
    public final byte[] bytes;
    /** The elements of a list, null otherwise. */
    public final List<SExpr> items;
    public final int line;
    /** Offsets in the source: [start, end) covers the whole node including parentheses. */
    public final int start;
    public final int end;

    SExpr(Kind kind, String text, byte[] bytes, List<SExpr> items, int line, int start, int end) {
        this.kind = kind;
        this.text = text;
        this.bytes = bytes;
        this.items = items;
        this.line = line;
        this.start = start;
        this.end = end;
    }

    public boolean isAtom() {
        return kind == Kind.ATOM;
    }

    public boolean isString() {
        return kind == Kind.STRING;
    }

    public boolean isList() {
        return kind == Kind.LIST;
    }

    /** An atom that is an identifier ({@code $name}; a lone {@code $} is no identifier). */
    public boolean isId() {
        return kind == Kind.ATOM && text.length() > 1 && text.startsWith("$");
    }

    /** A list whose first element is the given keyword, e.g. {@code (param ...)}. */
    public boolean isList(String head) {
        return kind == Kind.LIST && !items.isEmpty() && items.get(0).isAtom() && items.get(0).text.equals(head);
    }

    /** The keyword a list starts with, or null. */
    public String head() {
        return kind == Kind.LIST && !items.isEmpty() && items.get(0).isAtom() ? items.get(0).text : null;
    }

    /** True for an atom with exactly this text. */
    public boolean is(String keyword) {
        return kind == Kind.ATOM && text.equals(keyword);
    }

    @Override
    public String toString() {
        return switch (kind) {
            case ATOM, STRING -> text;
            case LIST -> "(" + (head() == null ? "" : head()) + " ...)";
        };
    }
}
