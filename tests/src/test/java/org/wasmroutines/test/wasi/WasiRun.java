package org.wasmroutines.test.wasi;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.io.ByteSequence;
import org.graalvm.polyglot.io.IOAccess;

/**
 * Runs a WASI command the way an embedder (or the launcher) does: a polyglot context with the
 * WASI options, the program's argv as application arguments and in-memory standard streams;
 * {@code _start} of a new instance; the exit status from {@code PolyglotException.isExit()}.
 */
final class WasiRun {
    private final List<String> args = new ArrayList<>();
    private final List<String> env = new ArrayList<>();
    private final List<String> dirs = new ArrayList<>();
    private final Map<String, String> options = new LinkedHashMap<>();
    private InputStream stdin = new ByteArrayInputStream(new byte[0]);
    private OutputStream stdout;

    static WasiRun program(String name) {
        WasiRun run = new WasiRun();
        run.args.add(name + ".wasm");
        return run;
    }

    WasiRun args(String... more) {
        args.addAll(List.of(more));
        return this;
    }

    WasiRun env(String name, String value) {
        env.add(name + "=" + value);
        return this;
    }

    /** Preopens {@code host} as {@code guest}. */
    WasiRun dir(Path host, String guest) {
        dirs.add(escape(host.toString()) + "::" + escape(guest));
        return this;
    }

    /** Sets another language option, e.g. {@code wasmroutines.WasiTcpListen}. */
    WasiRun option(String name, String value) {
        options.put(name, value);
        return this;
    }

    WasiRun stdin(String text) {
        stdin = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    WasiRun stdin(InputStream in) {
        stdin = in;
        return this;
    }

    /** Also copies standard output to {@code copy} as it is written. */
    WasiRun tee(OutputStream copy) {
        stdout = copy;
        return this;
    }

    /** The encoding of the list options, written here as a launcher would (see OptionList). */
    static String escape(String s) {
        return s.replace("%", "%25").replace(",", "%2C").replace(":", "%3A");
    }

    static String encodeList(List<String> elements) {
        List<String> escaped = new ArrayList<>();
        for (String e : elements) {
            escaped.add(escape(e));
        }
        return String.join(",", escaped);
    }

    record Outcome(int exitStatus, String stdout, String stderr) {
        /** The {@code name=value} lines of standard output. */
        Map<String, String> values() {
            Map<String, String> values = new LinkedHashMap<>();
            for (String line : stdout.split("\n")) {
                int eq = line.indexOf('=');
                if (eq > 0 && !line.startsWith(" ")) {
                    values.put(line.substring(0, eq), line.substring(eq + 1));
                }
            }
            return values;
        }
    }

    Outcome run() {
        return run(WasiPrograms.wasm(args.get(0).replace(".wasm", "")));
    }

    Outcome run(byte[] wasm) {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        OutputStream out = stdout == null ? captured : new TeeStream(captured, stdout);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (Context context = Context.newBuilder("wasmroutines").allowIO(IOAccess.ALL) //
                        .option("wasmroutines.Wasi", "true") //
                        .option("wasmroutines.WasiDirs", String.join(",", dirs)) //
                        .option("wasmroutines.WasiEnv", encodeList(env)) //
                        .arguments("wasmroutines", args.toArray(new String[0])) //
                        .options(options).in(stdin).out(out).err(err).build()) {
            Value module = context.eval(Source.newBuilder("wasmroutines", ByteSequence.create(wasm), args.isEmpty() ? "program.wasm" : args.get(0)).buildLiteral());
            int status;
            try {
                module.invokeMember("newInstance").getMember("exports").getMember("_start").execute();
                status = 0;
            } catch (PolyglotException e) {
                if (!e.isExit()) {
                    throw e;
                }
                status = e.getExitStatus();
            }
            return new Outcome(status, captured.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }

    /** Writes to two streams. */
    private static final class TeeStream extends OutputStream {
        private final OutputStream first;
        private final OutputStream second;

        TeeStream(OutputStream first, OutputStream second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public void write(int b) throws IOException {
            first.write(b);
            second.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            first.write(b, off, len);
            second.write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            first.flush();
            second.flush();
        }
    }
}
