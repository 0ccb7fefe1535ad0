package org.wasmroutines.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;
import org.graalvm.polyglot.proxy.ProxyObject;
import org.junit.jupiter.api.Test;

/**
 * The README's "Embedding in five lines" is this class's {@link Embed}: the test runs it on
 * {@code examples/embed.wat}, and checks that the README shows exactly its code.
 */
class ReadmeExampleTest {
    // README begin
    public static class Embed {
        public static void main(String[] args) throws IOException {
            try (Context context = Context.create("wasmroutines")) {
                ProxyExecutable log = arguments -> { System.out.println("wasm says " + arguments[0]); return null; };
                Value exports = context.eval(Source.newBuilder("wasmroutines", new File(args[0])).build())
                        .newInstance(ProxyObject.fromMap(Map.of("env", ProxyObject.fromMap(Map.of("log", log))))).getMember("exports");
                int direct = exports.getMember("fib").execute(20).asInt();             // a plain call: 6765
                Value runtime = context.getBindings("wasmroutines").getMember("runtime");
                Value thread = runtime.invokeMember("spawn", exports.getMember("fib"), 25);  // a new wasm thread
                System.out.println(direct + " " + thread.invokeMember("join").asInt());   // 6765 75025
            }
        }
    }
    // README end

    private static final Path ROOT = SpecDirectory.projectDir();

    @Test
    void theExampleRuns() throws IOException {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            Embed.main(new String[]{ROOT.resolve("examples/embed.wat").toString()});
        } finally {
            System.setOut(original);
        }
        assertEquals(List.of("wasm says 6765", "wasm says 75025", "6765 75025"), out.toString(StandardCharsets.UTF_8).lines().toList());
    }

    @Test
    void theReadmeShowsThisCode() throws IOException {
        String source = Files.readString(ROOT.resolve("tests/src/test/java/org/wasmroutines/test/ReadmeExampleTest.java"));
        String example = source.substring(source.indexOf("// README begin") + "// README begin".length(), source.indexOf("    // README end"));
        // nested here, top-level in the README
        List<String> code = stripped(example.replace("public static class Embed", "public class Embed"));
        String readme = Files.readString(ROOT.resolve("README.md"));
        int section = readme.indexOf("## Embedding in five lines");
        assertTrue(section >= 0, "README has the section");
        int start = readme.indexOf("```java\n", section) + "```java\n".length();
        List<String> shown = stripped(readme.substring(start, readme.indexOf("```", start)));
        assertTrue(shown.size() > code.size(), "the README shows the imports too");
        assertEquals(code, shown.subList(shown.size() - code.size(), shown.size()), "the README's example is this test's Embed class");
    }

    /** Lines without indentation and blank lines, so that the README can indent the class less. */
    private static List<String> stripped(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
