package org.wasmroutines.test;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every non-SIMD script of the official testsuite ({@code core/}, {@code threads/}) and the project's own
 * scripts ({@code src/test/resources/wast/}) through the engine's wast runner, one test per file.
 * A failing assertion fails the file's test with its file and line, unless it is listed with its
 * reason in {@code spec-known-failures.txt}; a listed assertion that passes fails too, so the list
 * stays true.
 */
class WastSuiteTest {
    private static final AtomicLong PASSED = new AtomicLong();
    private static final AtomicLong FAILED = new AtomicLong();

    @TestFactory
    Stream<DynamicTest> officialCoreTests() throws IOException {
        Path core = SpecDirectory.specDir().resolve("core");
        Assumptions.assumeTrue(Files.isDirectory(core), "the official testsuite is not at " + core
                        + ": set -Dwasmroutines.spec.dir or WASMROUTINES_SPEC_DIR (see README)");
        return scripts(core, "core/");
    }

    /**
     * The threads proposal's scripts ({@code threads/} and {@code threads/litmus/}), whose
     * {@code (thread ...)} bodies run as green threads: once with the default scheduler, and once
     * per seed with the deterministic one (the litmus tests accept every allowed outcome).
     */
    @TestFactory
    Stream<DynamicTest> officialThreadsTests() throws IOException {
        Path threads = SpecDirectory.specDir().resolve("threads");
        Assumptions.assumeTrue(Files.isDirectory(threads), "the threads testsuite is not at " + threads
                        + ": set -Dwasmroutines.spec.dir or WASMROUTINES_SPEC_DIR (see README)");
        Stream<DynamicTest> tests = Stream.concat(scripts(threads, "threads/"), scripts(threads.resolve("litmus"), "threads/litmus/"));
        for (long seed : new long[]{1, 2, 3}) {
            Map<String, String> options = Map.of("wasmroutines.Scheduler", "deterministic", "wasmroutines.Seed", Long.toString(seed),
                            "wasmroutines.PreemptionBudget", "7");
            tests = Stream.concat(tests, scripts(threads.resolve("litmus"), "threads/litmus/", options, " (seed " + seed + ")"));
        }
        return tests;
    }

    @TestFactory
    Stream<DynamicTest> projectTests() throws IOException {
        Path own = SpecDirectory.projectDir().resolve("tests/src/test/resources/wast");
        return scripts(own, "wast/");
    }

    /** The project's threaded scripts ({@code wast/threads-*.wast}) again, under the deterministic scheduler with several seeds. */
    @TestFactory
    Stream<DynamicTest> projectThreadsTestsDeterministic() throws IOException {
        Path own = SpecDirectory.projectDir().resolve("tests/src/test/resources/wast");
        Stream<DynamicTest> tests = Stream.empty();
        for (long seed : new long[]{1, 2, 3}) {
            Map<String, String> options = Map.of("wasmroutines.Scheduler", "deterministic", "wasmroutines.Seed", Long.toString(seed),
                            "wasmroutines.PreemptionBudget", "5");
            tests = Stream.concat(tests, scripts(own, "wast/", options, " (seed " + seed + ")")
                            .filter(test -> test.getDisplayName().startsWith("wast/threads-")));
        }
        return tests;
    }

    @AfterAll
    static void summary() {
        System.out.println("wast assertions: " + PASSED.get() + " passed, " + FAILED.get() + " failed (known failures included)");
    }

    private static Stream<DynamicTest> scripts(Path dir, String prefix) throws IOException {
        return scripts(dir, prefix, Map.of(), "");
    }

    private static Stream<DynamicTest> scripts(Path dir, String prefix, Map<String, String> options, String suffix) throws IOException {
        Map<String, String> known = knownFailures();
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.toString().endsWith(".wast"))
                            .filter(p -> !p.getFileName().toString().startsWith("simd_"))
                            .sorted().toList();
        }
        assertTrue(!files.isEmpty(), "no .wast files in " + dir);
        return files.stream().map(file -> DynamicTest.dynamicTest(prefix + file.getFileName() + suffix,
                        () -> runScript(file, prefix + file.getFileName(), known, options)));
    }

    private static void runScript(Path file, String name, Map<String, String> known, Map<String, String> options) throws IOException {
        List<String> unexpected = new ArrayList<>();
        List<String> nowPassing = new ArrayList<>();
        try (Context context = Context.newBuilder("wasmroutines").options(options).build()) {
            Source source = Source.newBuilder("wasmroutines", Files.readString(file), name).mimeType("text/x-wast").build();
            Value report = context.eval(source);
            PASSED.addAndGet(report.getMember("passed").asLong());
            FAILED.addAndGet(report.getMember("failed").asLong());
            Value failures = report.getMember("failures");
            List<String> failedKeys = new ArrayList<>();
            for (long i = 0; i < failures.getArraySize(); i++) {
                String failure = failures.getArrayElement(i).asString();
                String key = locationOf(failure);
                failedKeys.add(key);
                if (!known.containsKey(key)) {
                    unexpected.add(failure);
                }
            }
            for (String key : known.keySet()) {
                if (key.startsWith(name + ":") && !failedKeys.contains(key)) {
                    nowPassing.add(key + " (listed as: " + known.get(key) + ")");
                }
            }
        }
        if (!unexpected.isEmpty() || !nowPassing.isEmpty()) {
            StringBuilder message = new StringBuilder();
            if (!unexpected.isEmpty()) {
                message.append(unexpected.size()).append(" failing assertion(s):\n  ").append(String.join("\n  ", unexpected));
            }
            if (!nowPassing.isEmpty()) {
                message.append("\nnow passing, remove from spec-known-failures.txt:\n  ").append(String.join("\n  ", nowPassing));
            }
            fail(message.toString());
        }
    }

    /** "core/i32.wast:123: expected ..." -> "core/i32.wast:123". */
    private static String locationOf(String failure) {
        int first = failure.indexOf(':');
        int second = first < 0 ? -1 : failure.indexOf(':', first + 1);
        return second < 0 ? failure : failure.substring(0, second);
    }

    /** {@code file:line reason} per line; '#' starts a comment. */
    private static Map<String, String> knownFailures() {
        Path list = SpecDirectory.projectDir().resolve("tests/src/test/resources/spec-known-failures.txt");
        Map<String, String> known = new TreeMap<>();
        if (!Files.exists(list)) {
            return known;
        }
        try {
            for (String line : Files.readAllLines(list)) {
                String entry = line.strip();
                if (entry.isEmpty() || entry.startsWith("#")) {
                    continue;
                }
                int space = entry.indexOf(' ');
                known.put(space < 0 ? entry : entry.substring(0, space), space < 0 ? "" : entry.substring(space + 1).strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return known;
    }
}
