package org.wasmroutines.test.wasi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;
import org.graalvm.polyglot.proxy.ProxyObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The side-by-side benchmark kernels ({@code benchmarks/kernels/}) compute the right checksums on
 * Wasmroutines, at small sizes and untimed (speed is measured by {@code benchmarks/side-by-side}).
 * A C kernel runs as a WASI command and through its {@code kernel} export, and both must print what
 * the same C file compiled natively by clang prints; the {@code .wat} kernels are checked against
 * the same computation written in Java.
 */
class BenchmarkKernelsTest {
    private static final Pattern CHECKSUM = Pattern.compile("(?m)^checksum ([0-9]+)$");

    @TempDir
    Path temp;

    @ParameterizedTest
    @CsvSource({"nbody, 500", "bits, 50000", "sort, 10000", "hashtable, 20000", "interp, 5"})
    void cKernelMatchesNativeBuild(String name, String size) throws IOException {
        Path source = kernels().resolve("c/" + name + ".c");
        Path wasm = temp.resolve(name + ".wasm");
        Path exe = temp.resolve(name);
        WasiPrograms.Result toWasm = WasiPrograms.run(new ProcessBuilder("clang", "--target=wasm32-wasi", "-O2", source.toString(), "-o", wasm.toString(), "-lm"));
        assumeTrue(toWasm.exit() == 0, WasiPrograms.INSTALL_HINT + "\n" + toWasm.output());
        WasiPrograms.Result toNative = WasiPrograms.run(new ProcessBuilder("clang", "-O2", source.toString(), "-o", exe.toString(), "-lm"));
        assumeTrue(toNative.exit() == 0, "no native clang build of " + source + ":\n" + toNative.output());
        WasiPrograms.Result nativeRun = WasiPrograms.run(new ProcessBuilder(exe.toString(), size));
        assertEquals(0, nativeRun.exit(), nativeRun.output());
        String expected = checksum(nativeRun.output());

        byte[] binary = Files.readAllBytes(wasm);
        WasiRun.Outcome command = WasiRun.program(name).args(size).run(binary);
        assertEquals(0, command.exitStatus(), command.stderr());
        assertEquals(expected, checksum(command.stdout()), name + " as a WASI command");
        assertEquals(expected, callKernel(binary, Integer.parseInt(size), null), name + " through its kernel export");
    }

    @Test
    void cKernelRejectsBadSize() throws IOException {
        Path wasm = temp.resolve("interp.wasm");
        WasiPrograms.Result toWasm = WasiPrograms.run(new ProcessBuilder("clang", "--target=wasm32-wasi", "-O2",
                        kernels().resolve("c/interp.c").toString(), "-o", wasm.toString()));
        assumeTrue(toWasm.exit() == 0, WasiPrograms.INSTALL_HINT + "\n" + toWasm.output());
        WasiRun.Outcome outcome = WasiRun.program("interp").args("12x").run(Files.readAllBytes(wasm));
        assertEquals(2, outcome.exitStatus());
        assertTrue(outcome.stderr().contains("size must be a positive integer, got '12x'"), outcome.stderr());
    }

    @Test
    void fibKernel() throws IOException {
        byte[] binary = wat("fib");
        long a = 0;
        long b = 1;
        for (int i = 0; i < 18; i++) {
            long next = a + b;
            a = b;
            b = next;
        }
        assertEquals(Long.toUnsignedString(a), callKernel(binary, 18, null));
    }

    @Test
    void hostCallKernel() throws IOException {
        byte[] binary = wat("hostcall");
        int calls = 2_000;
        int h = 17;
        long sum = 0;
        for (int i = 0; i < calls; i++) {
            h = (h * 31 + i) ^ (h >>> 3);
            sum += Integer.toUnsignedLong(h);
        }
        long expected = sum ^ (Integer.toUnsignedLong(h) << 32);
        ProxyExecutable mix = args -> (args[0].asInt() * 31 + args[1].asInt()) ^ (args[0].asInt() >>> 3);
        Object imports = ProxyObject.fromMap(Map.of("env", ProxyObject.fromMap(Map.of("mix", mix))));
        assertEquals(Long.toUnsignedString(expected), callKernel(binary, calls, imports));
    }

    @Test
    void callInKernel() throws IOException {
        try (Context context = Context.create("wasmroutines")) {
            Value step = context.eval(Source.newBuilder("wasmroutines", org.graalvm.polyglot.io.ByteSequence.create(wat("callin")), "callin.wasm")
                            .buildLiteral()).newInstance().getMember("exports").getMember("step");
            int h = 17;
            for (int i = 0; i < 2_000; i++) {
                int mixed = step.execute(h, i).asInt();
                assertEquals((h * 31 + i) ^ (h >>> 3), mixed, "step(" + h + ", " + i + ")");
                h = mixed;
            }
        }
    }

    /** kernel(size) of a new instance, as an unsigned decimal like the C kernels' printf("%llu"). */
    private static String callKernel(byte[] binary, int size, Object imports) {
        try (Context context = Context.newBuilder("wasmroutines").option("wasmroutines.Wasi", "true").build()) {
            Value module = context.eval(Source.newBuilder("wasmroutines", org.graalvm.polyglot.io.ByteSequence.create(binary), "kernel.wasm").buildLiteral());
            Value instance = imports == null ? module.newInstance() : module.newInstance(imports);
            return Long.toUnsignedString(instance.getMember("exports").getMember("kernel").execute(size).asLong());
        }
    }

    private static byte[] wat(String name) throws IOException {
        return org.wasmroutines.text.WatParser.parseModule(Files.readString(kernels().resolve("wat/" + name + ".wat")));
    }

    private static String checksum(String output) {
        Matcher m = CHECKSUM.matcher(output);
        assertTrue(m.find(), "no checksum line in: " + output);
        return m.group(1);
    }

    /** benchmarks/kernels, found from the working directory (the tests module or the repository root). */
    private static Path kernels() {
        Path here = Paths.get("").toAbsolutePath();
        for (Path dir = here; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("benchmarks/kernels");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError("benchmarks/kernels not found from " + here);
    }
}
