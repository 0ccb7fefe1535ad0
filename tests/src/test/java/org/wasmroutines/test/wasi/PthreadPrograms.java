package org.wasmroutines.test.wasi;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The threaded C programs of {@code tests/src/test/c/pthread}, each linked with the project's own
 * pthread layer ({@code pthread.c}, {@code thread_start.s}) into a wasi-threads command, during the
 * test run, with the flags {@code /work/shared/TOOLCHAINS.md} found to work for Debian's clang 14.
 * Skipped, saying what to install, where clang cannot build them.
 */
final class PthreadPrograms {
    static final String INSTALL_HINT = "clang for wasm32-wasi with atomics is not available: install clang lld wasi-libc libclang-rt-dev-wasm32 (Debian) to run the wasi-threads C tests";

    private static final Map<String, byte[]> COMPILED = new ConcurrentHashMap<>();
    private static Path outputDir;
    private static Boolean clangWorks;

    private PthreadPrograms() {
    }

    /** The command built from {@code name}.c and the pthread layer, once per test run; skips the test without clang. */
    static byte[] wasm(String name) {
        assumeTrue(clangAvailable(), INSTALL_HINT);
        return COMPILED.computeIfAbsent(name, PthreadPrograms::compile);
    }

    /** clang's arguments for {@code name}.c into {@code out}: shared imported memory of 1 MiB to 64 MiB, wasi_thread_start exported. */
    static List<String> clangCommand(Path sources, String name, Path out) {
        return List.of("clang", "--target=wasm32-wasi", "-O2", "-matomics", "-mbulk-memory", "-nostartfiles",
                        "-I" + sources, sources.resolve(name + ".c").toString(), sources.resolve("pthread.c").toString(),
                        sources.resolve("thread_start.s").toString(), "-o", out.toString(),
                        "-Wl,--shared-memory,--import-memory,--initial-memory=1048576,--max-memory=67108864",
                        "-Wl,--export=wasi_thread_start,--no-check-features");
    }

    private static synchronized boolean clangAvailable() {
        if (clangWorks == null) {
            try {
                Path dir = output();
                Path probe = dir.resolve("probe.c");
                Files.writeString(probe, "int probe(int *p) { return __atomic_fetch_add(p, 1, __ATOMIC_SEQ_CST); }\n");
                clangWorks = WasiPrograms.run(new ProcessBuilder("clang", "--target=wasm32-wasi", "-O2", "-matomics", "-c", probe.toString(), "-o", dir.resolve("probe.o").toString())).exit() == 0;
            } catch (IOException e) {
                clangWorks = false;
            }
        }
        return clangWorks;
    }

    private static byte[] compile(String name) {
        try {
            Path wasm = output().resolve(name + ".wasm");
            WasiPrograms.Result r = WasiPrograms.run(new ProcessBuilder(clangCommand(sources(), name, wasm)));
            if (r.exit() != 0) {
                throw new AssertionError("clang failed on " + name + ".c:\n" + r.output());
            }
            return Files.readAllBytes(wasm);
        } catch (IOException e) {
            throw new AssertionError("cannot compile " + name + ".c: " + e, e);
        }
    }

    /** tests/src/test/c/pthread, next to the WASI tests' sources. */
    static Path sources() {
        return WasiPrograms.sources().resolveSibling("pthread");
    }

    private static synchronized Path output() throws IOException {
        if (outputDir == null) {
            outputDir = Files.createTempDirectory("wasmroutines-pthread-c");
            Path dir = outputDir;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> WasiPrograms.deleteTree(dir)));
        }
        return outputDir;
    }
}
