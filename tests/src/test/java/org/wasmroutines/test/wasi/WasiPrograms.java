package org.wasmroutines.test.wasi;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The C test programs of {@code tests/src/test/c/wasi}, compiled during the test run with
 * {@code clang --target=wasm32-wasi -O2} into a temporary directory (never committed binaries).
 * Without a clang that can target wasm32-wasi the tests are skipped with a message saying what
 * to install.
 */
final class WasiPrograms {
    static final String INSTALL_HINT = "clang for wasm32-wasi is not available: install clang lld wasi-libc libclang-rt-dev-wasm32 (Debian) to run the WASI tests";

    private static final Map<String, byte[]> COMPILED = new ConcurrentHashMap<>();
    private static Path outputDir;
    private static Boolean clangWorks;

    private WasiPrograms() {
    }

    /** The binary of {@code name}.c, compiled once per test run; skips the test without clang. */
    static byte[] wasm(String name) {
        assumeTrue(clangAvailable(), INSTALL_HINT);
        return COMPILED.computeIfAbsent(name, WasiPrograms::compile);
    }

    private static synchronized boolean clangAvailable() {
        if (clangWorks == null) {
            try {
                Path dir = output();
                Path probe = dir.resolve("probe.c");
                Files.writeString(probe, "int main(void) { return 0; }\n");
                clangWorks = run(new ProcessBuilder("clang", "--target=wasm32-wasi", "-O2", probe.toString(), "-o", dir.resolve("probe.wasm").toString())).exit == 0;
            } catch (IOException e) {
                clangWorks = false;
            }
        }
        return clangWorks;
    }

    private static byte[] compile(String name) {
        try {
            Path source = sources().resolve(name + ".c");
            Path wasm = output().resolve(name + ".wasm");
            Result r = run(new ProcessBuilder("clang", "--target=wasm32-wasi", "-O2", source.toString(), "-o", wasm.toString()));
            if (r.exit != 0) {
                throw new AssertionError("clang failed on " + source + ":\n" + r.output);
            }
            return Files.readAllBytes(wasm);
        } catch (IOException e) {
            throw new AssertionError("cannot compile " + name + ".c: " + e, e);
        }
    }

    /** tests/src/test/c/wasi, found from the working directory (the module or the repository root) or the property {@code wasmroutines.wasi.sources}. */
    static Path sources() {
        String property = System.getProperty("wasmroutines.wasi.sources");
        if (property != null) {
            return Paths.get(property);
        }
        Path here = Paths.get("").toAbsolutePath();
        for (Path dir = here; dir != null; dir = dir.getParent()) {
            for (String candidate : new String[]{"src/test/c/wasi", "tests/src/test/c/wasi"}) {
                Path p = dir.resolve(candidate);
                if (Files.isDirectory(p)) {
                    return p;
                }
            }
        }
        throw new AssertionError("C test sources not found from " + here + " (set -Dwasmroutines.wasi.sources)");
    }

    private static synchronized Path output() throws IOException {
        if (outputDir == null) {
            outputDir = Files.createTempDirectory("wasmroutines-wasi-c");
            Path dir = outputDir;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
        }
        return outputDir;
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // a leftover in the temporary directory is harmless
                }
            });
        } catch (IOException e) {
            // same
        }
    }

    /** What a compiler run printed (stdout and stderr together) and its exit status (-1: did not run or end). */
    record Result(int exit, String output) {
    }

    /** Runs a tool to its end (at most two minutes), capturing what it prints. */
    static Result run(ProcessBuilder pb) throws IOException {
        pb.redirectErrorStream(true);
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            return new Result(-1, e.getMessage());
        }
        try {
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return new Result(-1, out + "\n(timed out)");
            }
            return new Result(p.exitValue(), out);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(-1, "interrupted");
        }
    }
}
