package org.wasmroutines.text;

import java.util.List;

import org.wasmroutines.errors.Failure;
import org.wasmroutines.errors.WasmException;

/** A position in the elements of one S-expression list, as the parser consumes them left to right. */
final class Cursor {
    private final List<SExpr> items;
    private int index;

    Cursor(List<SExpr> items, int start) {
        this.items = items;
        this.index = start;
    }

    /** A cursor over a list's elements after its head keyword. */
    static Cursor afterHead(SExpr list) {
        return new Cursor(list.items, 1);
    }

    boolean atEnd() {
        return index >= items.size();
    }

    SExpr peek() {
        return atEnd() ? null : items.get(index);
    }

    SExpr peek(int ahead) {
        return index + ahead < items.size() ? items.get(index + ahead) : null;
    }

    SExpr next() {
        if (atEnd()) {
            throw WasmException.create(Failure.UNEXPECTED_TOKEN, "end of list");
        }
        return items.get(index++);
    }

    boolean peekList(String head) {
        return !atEnd() && items.get(index).isList(head);
    }

    boolean peekList(int ahead, String head) {
        SExpr e = peek(ahead);
        return e != null && e.isList(head);
    }

    boolean peekKeyword(String keyword) {
        return !atEnd() && items.get(index).is(keyword);
    }

    /** True if the next element is an index: an identifier or an unsigned integer. */
    boolean peekIndex() {
        SExpr e = peek();
        return e != null && e.isAtom() && (e.isId() || NumberLiterals.isNat(e.text));
    }

    /** Consumes an identifier if one comes next. */
    String optionalId() {
        return !atEnd() && items.get(index).isId() ? items.get(index++).text : null;
    }

    SExpr atom() {
        SExpr e = next();
        if (!e.isAtom()) {
            throw Syntax.unexpected(e);
        }
        return e;
    }

    byte[] string() {
        SExpr e = next();
        if (!e.isString()) {
            throw Syntax.unexpected(e);
        }
        return e.bytes;
    }

    /** Checks that nothing is left. */
    void end() {
        if (!atEnd()) {
            throw Syntax.unexpected(items.get(index));
        }
    }
}
