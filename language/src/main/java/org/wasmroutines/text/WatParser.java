package org.wasmroutines.text;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.wasmroutines.errors.Failure;
import org.wasmroutines.errors.WasmException;

/**
 * Entry point of the text format: a WAT module to its binary encoding, which the engine then
 * decodes like any other binary. Errors are {@link WasmException}s of kind MALFORMED with the
 * spec's words.
 *
 * @see <a href="https://webassembly.github.io/spec/core/text/index.html">Text format</a>
 */
public final class WatParser {
    private WatParser() {
    }

    /** A module written as {@code (module ...)} or as bare module fields. */
    public static byte[] parseModule(String text) {
        List<SExpr> top = SExprReader.read(text);
        if (top.size() == 1 && top.get(0).isList("module")) {
            return compileModule(top.get(0));
        }
        for (SExpr field : top) {
            if (field.isList("module")) {
                throw Syntax.unexpected(field.items.get(0));
            }
        }
        return new ModuleCompiler(null, top).compile();
    }

    /**
     * A {@code (module $id? ...)} expression: a text module, or the script forms
     * {@code (module binary "..."*)} and {@code (module quote "..."*)}.
     */
    public static byte[] compileModule(SExpr module) {
        Cursor c = Cursor.afterHead(module);
        String id = c.optionalId();
        if (c.peekKeyword("binary")) {
            c.next();
            return strings(c);
        }
        if (c.peekKeyword("quote")) {
            c.next();
            return parseModule(quotedText(strings(c)));
        }
        List<SExpr> fields = new ArrayList<>();
        while (!c.atEnd()) {
            fields.add(c.next());
        }
        return new ModuleCompiler(id, fields).compile();
    }

    /** The text of a quoted module, which must be valid UTF-8 like any source text. */
    public static String quotedText(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw WasmException.create(Failure.MALFORMED_UTF8_TEXT);
        }
    }

    /** The concatenated bytes of the remaining string literals. */
    private static byte[] strings(Cursor c) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        while (!c.atEnd()) {
            bytes.writeBytes(c.string());
        }
        return bytes.toByteArray();
    }
}
