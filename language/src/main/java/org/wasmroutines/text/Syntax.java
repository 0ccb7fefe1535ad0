package org.wasmroutines.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.wasmroutines.errors.Failure;
import org.wasmroutines.errors.WasmException;
import org.wasmroutines.syntax.ValType;

/**
 * Small syntactic rules shared by the module and code parsers: value and reference types, limits,
 * names, and which error an out-of-place token gets.
 *
 * @see <a href="https://webassembly.github.io/spec/core/text/types.html">Text types</a>
 */
final class Syntax {
    private Syntax() {
    }

    /**
     * The error for a token where it does not belong. The reference lexer cannot even read a word
     * that is no keyword, number or identifier: that is an "unknown operator"; anything readable
     * is an "unexpected token".
     */
    static WasmException unexpected(SExpr e) {
        if (e == null) {
            return WasmException.create(Failure.UNEXPECTED_TOKEN, "end of list");
        }
        if (e.isAtom() && !e.isId() && !isKnownWord(e.text)) {
            return WasmException.create(Failure.UNKNOWN_OPERATOR, e.text + " at line " + e.line);
        }
        return WasmException.create(Failure.UNEXPECTED_TOKEN, e + " at line " + e.line);
    }

    private static boolean isKnownWord(String text) {
        if (Instructions.lookup(text) != null || Instructions.STRUCTURE_KEYWORDS.contains(text)
                || text.startsWith("offset=") || text.startsWith("align=")) {
            return true;
        }
        try {
            FloatLiterals.f64Bits(text);
            return true;
        } catch (WasmException e) {
            return e.getMessage().startsWith(Failure.CONSTANT_OUT_OF_RANGE.message);
        }
    }

    static byte valType(SExpr e) {
        if (e != null && e.isAtom()) {
            switch (e.text) {
                case "i32": return ValType.I32;
                case "i64": return ValType.I64;
                case "f32": return ValType.F32;
                case "f64": return ValType.F64;
                case "funcref": return ValType.FUNCREF;
                case "externref": return ValType.EXTERNREF;
                default: break;
            }
        }
        throw unexpected(e);
    }

    static byte refType(SExpr e) {
        if (e != null && e.is("funcref")) {
            return ValType.FUNCREF;
        }
        if (e != null && e.is("externref")) {
            return ValType.EXTERNREF;
        }
        throw unexpected(e);
    }

    static boolean isRefType(SExpr e) {
        return e != null && (e.is("funcref") || e.is("externref"));
    }

    /** Heap types of {@code ref.null}. */
    static byte heapType(SExpr e) {
        if (e != null && e.is("func")) {
            return ValType.FUNCREF;
        }
        if (e != null && e.is("extern")) {
            return ValType.EXTERNREF;
        }
        throw unexpected(e);
    }

    /**
     * Limits {@code min max? shared?} in binary form (flags 0/1, shared 2/3 per the threads proposal).
     *
     * @see <a href="https://webassembly.github.io/threads/core/binary/types.html#limits">Limits</a>
     */
    static void limits(Cursor c, ByteWriter out) {
        long min = NumberLiterals.u32(c.atom().text);
        Long max = c.peekIndex() && !c.peek().isId() ? NumberLiterals.u32(c.atom().text) : null;
        boolean shared = false;
        if (c.peekKeyword("shared")) {
            c.next();
            shared = true;
        }
        out.u8((max != null ? 1 : 0) | (shared ? 2 : 0)).u32(min);
        if (max != null) {
            out.u32(max);
        }
    }

    /** Import and export names must be valid UTF-8. */
    static byte[] name(Cursor c) {
        byte[] bytes = c.string();
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
        } catch (CharacterCodingException e) {
            throw WasmException.create(Failure.MALFORMED_UTF8_TEXT);
        }
        return bytes;
    }
}
