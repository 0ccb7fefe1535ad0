package org.wasmroutines.text;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.wasmroutines.errors.Failure;
import org.wasmroutines.errors.WasmException;

/**
 * The lexer of the text format, building {@link SExpr} trees directly: parentheses, strings with
 * escapes, atoms (maximal runs of identifier characters), line and nested block comments.
 *
 * @see <a href="https://webassembly.github.io/spec/core/text/lexical.html">Lexical format</a>
 * @see <a href="https://webassembly.github.io/spec/core/text/values.html#strings">Strings</a>
 */
public final class SExprReader {
    private final String src;
    private int pos;
    private int line = 1;

    private SExprReader(String src) {
        this.src = src;
    }

    /** All top-level S-expressions of a source text. */
    public static List<SExpr> read(String src) {
        SExprReader reader = new SExprReader(src);
        List<SExpr> result = new ArrayList<>();
        while (true) {
            reader.skipSpace();
            if (reader.pos >= src.length()) {
                return result;
            }
            if (reader.src.charAt(reader.pos) == ')') {
                throw reader.error("unexpected token )");
            }
            result.add(reader.readExpr());
        }
    }

    private WasmException error(String detail) {
        return WasmException.create(Failure.UNEXPECTED_TOKEN, detail + " at line " + line);
    }

    private SExpr readExpr() {
        int start = pos;
        int startLine = line;
        char c = src.charAt(pos);
        if (c == '(') {
            pos++;
            List<SExpr> items = new ArrayList<>();
            while (true) {
                skipSpace();
                if (pos >= src.length()) {
                    throw error("unclosed parenthesis");
                }
                if (src.charAt(pos) == ')') {
                    pos++;
                    return new SExpr(SExpr.Kind.LIST, null, null, items, startLine, start, pos);
                }
                items.add(readExpr());
            }
        }
        if (c == '"') {
            byte[] bytes = readString();
            if (pos < src.length() && (src.charAt(pos) == '"' || isIdChar(src.charAt(pos)))) {
                throw WasmException.create(Failure.UNKNOWN_OPERATOR, src.substring(start, pos + 1));
            }
            return new SExpr(SExpr.Kind.STRING, src.substring(start, pos), bytes, null, startLine, start, pos);
        }
        while (pos < src.length() && isIdChar(src.charAt(pos))) {
            pos++;
        }
        if (pos == start) {
            throw error("unexpected character '" + c + "'");
        }
        if (pos < src.length() && src.charAt(pos) == '"') {
            throw WasmException.create(Failure.UNKNOWN_OPERATOR, src.substring(start, pos + 1));
        }
        return new SExpr(SExpr.Kind.ATOM, src.substring(start, pos), null, null, startLine, start, pos);
    }

    /** The characters allowed in keywords, identifiers and numbers. */
    static boolean isIdChar(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
                || "!#$%&'*+-./:<=>?@\\^_`|~".indexOf(c) >= 0;
    }

    private void skipSpace() {
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\r') {
                pos++;
            } else if (c == '\n') {
                line++;
                pos++;
            } else if (c == ';' && pos + 1 < src.length() && src.charAt(pos + 1) == ';') {
                // a line comment ends at a line feed or a carriage return
                while (pos < src.length() && src.charAt(pos) != '\n' && src.charAt(pos) != '\r') {
                    pos++;
                }
            } else if (c == '(' && pos + 1 < src.length() && src.charAt(pos + 1) == ';') {
                skipBlockComment();
            } else {
                return;
            }
        }
    }

    /** Block comments nest: {@code (; (; ;) ;)} is one comment. */
    private void skipBlockComment() {
        int depth = 0;
        while (pos < src.length()) {
            if (src.startsWith("(;", pos)) {
                depth++;
                pos += 2;
            } else if (src.startsWith(";)", pos)) {
                depth--;
                pos += 2;
                if (depth == 0) {
                    return;
                }
            } else {
                if (src.charAt(pos) == '\n') {
                    line++;
                }
                pos++;
            }
        }
        throw error("unclosed comment");
    }

    private byte[] readString() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pos++;
        while (true) {
            if (pos >= src.length()) {
                throw error("unclosed string");
            }
            char c = src.charAt(pos++);
            if (c == '"') {
                return out.toByteArray();
            }
            if (c == '\\') {
                readEscape(out);
            } else if (c < 0x20 || c == 0x7F) {
                throw error("illegal control character in string");
            } else if (Character.isHighSurrogate(c) && pos < src.length()) {
                out.writeBytes(new String(new char[] {c, src.charAt(pos++)}).getBytes(StandardCharsets.UTF_8));
            } else {
                out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private void readEscape(ByteArrayOutputStream out) {
        if (pos >= src.length()) {
            throw error("unclosed string");
        }
        char c = src.charAt(pos++);
        switch (c) {
            case 't' -> out.write('\t');
            case 'n' -> out.write('\n');
            case 'r' -> out.write('\r');
            case '"' -> out.write('"');
            case '\'' -> out.write('\'');
            case '\\' -> out.write('\\');
            case 'u' -> readUnicodeEscape(out);
            default -> {
                int hi = Character.digit(c, 16);
                int lo = pos < src.length() ? Character.digit(src.charAt(pos), 16) : -1;
                if (hi < 0 || lo < 0) {
                    throw error("illegal escape \\" + c);
                }
                pos++;
                out.write(hi * 16 + lo);
            }
        }
    }

    /** The escape backslash-u{hex}: a Unicode scalar value, written as UTF-8. */
    private void readUnicodeEscape(ByteArrayOutputStream out) {
        if (pos >= src.length() || src.charAt(pos) != '{') {
            throw error("illegal escape \\u");
        }
        int close = src.indexOf('}', pos);
        if (close < 0) {
            throw error("illegal escape \\u");
        }
        String digits = src.substring(pos + 1, close).replace("_", "");
        pos = close + 1;
        int cp;
        try {
            cp = Integer.parseInt(digits, 16);
        } catch (NumberFormatException e) {
            throw error("illegal escape \\u{" + digits + "}");
        }
        if (cp > 0x10FFFF || (cp >= 0xD800 && cp < 0xE000)) {
            throw error("illegal escape \\u{" + digits + "}");
        }
        out.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
    }
}
