package org.wasmroutines.test;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the official WebAssembly testsuite lies: {@code -Dwasmroutines.spec.dir}, else the
 * environment variable {@code WASMROUTINES_SPEC_DIR}, else {@code ../shared/spec} beside the
 * checkout. The files are read there, never copied into the project.
 */
final class SpecDirectory {
    private SpecDirectory() {
    }

    static Path projectDir() {
        String dir = System.getProperty("wasmroutines.project.dir");
        if (dir == null || dir.isBlank()) {
            Path here = Path.of("").toAbsolutePath();
            return Files.exists(here.resolve("tests")) ? here : here.getParent();
        }
        return Path.of(dir);
    }

    static Path specDir() {
        String dir = System.getProperty("wasmroutines.spec.dir");
        if (dir == null || dir.isBlank() || dir.startsWith("${")) {
            dir = System.getenv("WASMROUTINES_SPEC_DIR");
        }
        if (dir == null || dir.isBlank()) {
            return projectDir().resolve("../shared/spec").normalize();
        }
        return Path.of(dir);
    }
}
