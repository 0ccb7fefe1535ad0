package org.wasmroutines.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wasmroutines.launcher.WasmCommand;

/** The command's behaviour, run in-process: output, exit statuses, errors. */
class LauncherTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new WasmCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    @Test
    void invokePrintsEachResultOnItsOwnLine() throws IOException {
        Path wat = write("m.wat", """
                        (module (func (export "pair") (param i32 i64) (result i64 i32)
                          (i64.extend_i32_s (local.get 0)) (i32.wrap_i64 (local.get 1))))""");
        assertEquals(0, run("--invoke", "pair", wat.toString(), "-5", "4294967297"), stderr());
        assertEquals("-5\n1\n", stdout());
    }

    @Test
    void invokeTheExampleFromTheReadme() {
        Path example = SpecDirectory.projectDir().resolve("examples/fib.wat");
        assertEquals(0, run("--invoke", "fib", example.toString(), "20"), stderr());
        assertEquals("6765\n", stdout());
    }

    @Test
    void theReadmesFirstCommandGreets() {
        Path example = SpecDirectory.projectDir().resolve("examples/hello.wat");
        assertEquals(0, run(example.toString(), "world"), stderr());
        assertEquals("hello, world\n", stdout());
    }

    @Test
    void engineAndLanguageOptionsPassThrough() throws IOException {
        // Unit tests run on Truffle's interpreter, where engine.Compilation does not exist; these do.
        Path wat = write("c.wat", "(module (memory 1) (func (export \"f\") (result i32) (memory.grow (i32.const 1))))");
        assertEquals(0, run("--engine.WarnInterpreterOnly=false", "--wasmroutines.MaxMemoryPages=1",
                        "--invoke", "f", wat.toString()), stderr());
        assertEquals("-1\n", stdout());
    }

    @Test
    void unknownOptionIsAUsageError() throws IOException {
        Path wat = write("c.wat", "(module)");
        assertEquals(2, run("--wasmroutines.NoSuchOption=1", "--invoke", "f", wat.toString()));
        assertEquals(2, run("--bogus", wat.toString()));
        assertEquals(2, run());
    }

    @Test
    void trapPrintsTheSpecMessageAndExits134() throws IOException {
        Path wat = write("t.wat", """
                        (module (func $inner (unreachable)) (func (export "boom") (call $inner)))""");
        assertEquals(134, run("--invoke", "boom", wat.toString()));
        assertTrue(stderr().startsWith("wasm trap: unreachable"), stderr());
    }

    @Test
    void malformedModuleNamesTheFile() throws IOException {
        Path wasm = dir.resolve("bad.wasm");
        Files.write(wasm, new byte[]{0, 'a', 's', 'm', 2, 0, 0, 0});
        assertEquals(1, run("--invoke", "f", wasm.toString()));
        assertTrue(stderr().contains("bad.wasm") && stderr().contains("unknown binary version"), stderr());
    }

    @Test
    void missingFileIsALoadError() {
        assertEquals(1, run("--invoke", "f", dir.resolve("absent.wasm").toString()));
        assertTrue(stderr().contains("absent.wasm"), stderr());
    }

    private static final String HELLO = """
                    (module
                      (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
                      (import "wasi_snapshot_preview1" "proc_exit" (func $proc_exit (param i32)))
                      (import "wasi_snapshot_preview1" "args_sizes_get" (func $args_sizes_get (param i32 i32) (result i32)))
                      (memory (export "memory") 1)
                      (data (i32.const 16) "hello\\n")
                      (func (export "_start")
                        (i32.store (i32.const 0) (i32.const 16))
                        (i32.store (i32.const 4) (i32.const 6))
                        (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8)))
                        ;; exit with argc, so the test sees the program's arguments arrive
                        (drop (call $args_sizes_get (i32.const 32) (i32.const 36)))
                        (call $proc_exit (i32.load (i32.const 32)))))""";

    @Test
    void runsAWasiCommandWithItsArgumentsAndExitStatus() throws IOException {
        Path wat = write("hello.wat", HELLO);
        assertEquals(3, run(wat.toString(), "one", "two"), stderr());
        assertEquals("hello\n", stdout());
    }

    @Test
    void aModuleWithoutStartIsNotACommand() throws IOException {
        Path wat = write("lib.wat", "(module (func (export \"f\")))");
        assertEquals(2, run(wat.toString()));
        assertTrue(stderr().contains("--invoke"), stderr());
    }

    @Test
    void unknownImportIsALoadErrorNotATrap() throws IOException {
        Path wat = write("u.wat", "(module (import \"env\" \"missing\" (func)) (func (export \"_start\")))");
        assertEquals(1, run(wat.toString()));
        assertTrue(stderr().contains("u.wat") && stderr().contains("unknown import"), stderr());
    }

    @Test
    void badDirAndEnvArgumentsAreUsageErrors() throws IOException {
        Path wat = write("hello.wat", HELLO);
        assertEquals(2, run("--env", "NOVALUE", wat.toString()));
        assertEquals(2, run("--dir", "::guest", wat.toString()));
        assertEquals(2, run("--dir"));
    }

    @Test
    void schedulerFlagsSelectTheDeterministicSchedulerAndWriteItsTrace() throws IOException {
        Path script = SpecDirectory.projectDir().resolve("tests/src/test/resources/wast/threads-producer-consumer.wast");
        Path trace = dir.resolve("schedule.txt");
        assertEquals(0, run("--scheduler=deterministic", "--seed", "7", "--trace-schedule=" + trace, "wast", script.toString()), stdout() + stderr());
        assertTrue(Files.size(trace) > 0, "the schedule trace is empty");
        String first = Files.readString(trace);
        Files.delete(trace);
        out.reset();
        assertEquals(0, run("--scheduler=deterministic", "--seed", "7", "--trace-schedule=" + trace, "wast", script.toString()), stdout() + stderr());
        assertEquals(first, Files.readString(trace), "same seed, same schedule");
        assertEquals(2, run("--seed"));
        assertEquals(2, run("--scheduler=sometimes", "wast", script.toString()));
    }

    @Test
    void wastCountsAssertionsOnTheLastLine() throws IOException {
        Path wast = write("s.wast", """
                        (module (func (export "one") (result i32) (i32.const 1)))
                        (assert_return (invoke "one") (i32.const 1))
                        (assert_return (invoke "one") (i32.const 2))
                        (assert_trap (module (func $s (unreachable)) (start $s)) "unreachable")
                        """);
        assertEquals(1, run("wast", wast.toString()));
        String[] lines = stdout().strip().split("\n");
        assertEquals("2 passed, 1 failed", lines[lines.length - 1]);
        assertTrue(stdout().contains("s.wast:3"), stdout());
    }
}
