package org.wasmroutines.wasi;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The encoding of a list of strings in one option value (the WASI options {@code WasiDirs} and
 * {@code WasiEnv}), able to carry any character: elements are joined with {@code ,}, and inside
 * an element the bytes of {@code %}, {@code ,} and {@code :} (and any other byte, if the writer
 * likes) are written as {@code %XX} (two hex digits of the UTF-8 byte). So {@code a,b} is the list
 * [a, b], {@code a%2Cb} is [a,b] and the empty value is the empty list. A preopen element is
 * {@code HOST} or {@code HOST::GUEST}, the two parts escaped separately, so the unescaped
 * {@code ::} splits them unambiguously.
 */
public final class OptionList {
    private OptionList() {
    }

    public static String encode(List<String> elements) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < elements.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(escape(elements.get(i)));
        }
        return out.toString();
    }

    /** Escapes {@code %}, {@code ,} and {@code :} of one element. */
    public static String escape(String element) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < element.length(); i++) {
            char c = element.charAt(i);
            switch (c) {
                case '%' -> out.append("%25");
                case ',' -> out.append("%2C");
                case ':' -> out.append("%3A");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** The elements of an encoded list, still escaped (split preopens on "::" before unescaping). */
    static List<String> splitEscaped(String value) {
        List<String> elements = new ArrayList<>();
        if (value == null || value.isEmpty()) {
            return elements;
        }
        int start = 0;
        for (int i = 0; i <= value.length(); i++) {
            if (i == value.length() || value.charAt(i) == ',') {
                elements.add(value.substring(start, i));
                start = i + 1;
            }
        }
        return elements;
    }

    public static List<String> decode(String value) {
        List<String> elements = new ArrayList<>();
        for (String escaped : splitEscaped(value)) {
            elements.add(unescape(escaped));
        }
        return elements;
    }

    /** Replaces every {@code %XX} by its byte and reads the result as UTF-8. */
    public static String unescape(String escaped) {
        if (escaped.indexOf('%') < 0) {
            return escaped;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < escaped.length();) {
            char c = escaped.charAt(i);
            if (c == '%' && i + 2 < escaped.length() && isHex(escaped.charAt(i + 1)) && isHex(escaped.charAt(i + 2))) {
                bytes.write(Integer.parseInt(escaped.substring(i + 1, i + 3), 16));
                i += 3;
            } else {
                int cp = escaped.codePointAt(i);
                bytes.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(cp);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}
