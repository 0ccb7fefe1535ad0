package org.wasmroutines.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test data on the test class path ({@code src/test/resources}). */
public final class TestResources {
    private TestResources() {
    }

    /** The UTF-8 text of the resource at {@code path} (e.g. {@code "threads/spin.wat"}). */
    public static String text(String path) {
        try (InputStream in = TestResources.class.getResourceAsStream("/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
