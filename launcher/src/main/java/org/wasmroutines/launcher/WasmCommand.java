package org.wasmroutines.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * What the {@code wasmroutines} command does once its arguments are parsed ({@link WasmLauncher}
 * is the GraalVM launcher around it). It uses only the public polyglot API, exactly as an
 * embedder would: every module is loaded with {@link Context#eval(Source)}, instantiated with
 * {@code newInstance}, and called through its exports.
 */
public final class WasmCommand {
    static final String LANGUAGE = "wasmroutines";

    /** Exit status when a module cannot be decoded, validated, linked or read. */
    static final int EXIT_LOAD_ERROR = 1;
    /** Exit status for wrong usage of the command. */
    static final int EXIT_USAGE = 2;
    /** Exit status when the program traps. */
    static final int EXIT_TRAP = 134;
    /** Exit status when the engine itself failed (a bug: please report it). */
    static final int EXIT_INTERNAL = 70;

    private final PrintStream out;
    private final PrintStream err;

    public WasmCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /**
     * Parses a whole command line and runs it, without the GraalVM launcher framework: for tests
     * and for embedding the command in another Java program.
     */
    public int run(String[] args) {
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            return usageError(e.getMessage());
        }
        if (options.help()) {
            out.print(LaunchOptions.USAGE);
            return 0;
        }
        // The same context as the GraalVM launcher framework makes: all access (WASI needs files).
        String[] permitted = options.scriptLanguage() != null ? new String[0] : new String[]{LANGUAGE};
        Context.Builder builder = Context.newBuilder(permitted).allowExperimentalOptions(true).allowAllAccess(true)
                        .out(out).err(err);
        options.polyglotOptions().forEach(builder::option);
        if (options.version()) {
            try (Context context = builder.build()) {
                out.println("wasmroutines " + context.getEngine().getLanguages().get(LANGUAGE).getVersion()
                                + " (" + context.getEngine().getImplementationName() + ")");
            } catch (IllegalArgumentException e) {
                return usageError(e.getMessage());
            }
            return 0;
        }
        return run(options, builder);
    }

    /** Runs parsed options in a context made from {@code builder} (which carries the polyglot options). */
    int run(LaunchOptions options, Context.Builder builder) {
        if (options.scriptLanguage() != null) {
            return runScript(options, builder, options.scriptLanguage());
        }
        if (!options.wast()) {
            builder.arguments(LANGUAGE, options.argv());
        }
        try (Context context = builder.build()) {
            if (options.wast()) {
                return runScripts(context, options.programArguments());
            }
            return options.invoke() != null ? invoke(context, options) : runCommand(context, options);
        } catch (IllegalArgumentException e) {
            // An unknown --engine.X / --wasmroutines.X option or a bad option value.
            return usageError(e.getMessage());
        }
    }

    /**
     * {@code wasmroutines FILE.js|FILE.py [ARGS...]}: evaluates the script with its language in a
     * context that also has wasmroutines (the script reaches it through the polyglot API). The
     * script's arguments are {@code arguments} in JavaScript and {@code sys.argv[1:]} in Python.
     */
    private int runScript(LaunchOptions options, Context.Builder builder, String language) {
        String file = options.module();
        String name = language.equals("js") ? "JavaScript (GraalJS)" : "Python (GraalPy)";
        String[] argv = options.programArguments().toArray(String[]::new);
        Source source;
        Context context;
        try {
            source = Source.newBuilder(language, Path.of(file).toFile()).build();
            context = builder.arguments(language, language.equals("python") ? prepend(file, argv) : argv).build();
        } catch (IOException e) {
            err.println("wasmroutines: cannot read " + file + ": " + e.getMessage());
            return EXIT_LOAD_ERROR;
        } catch (IllegalArgumentException e) {
            return usageError(e.getMessage());
        }
        if (!context.getEngine().getLanguages().containsKey(language)) {
            context.close();
            err.println("wasmroutines: " + file + " needs " + name + ", which is not installed: its jars are not on the module path.");
            err.println("bin/wasmroutines adds them from launcher/target/guest-lib (made by 'mvn package').");
            return EXIT_USAGE;
        }
        try (context) {
            context.eval(source);
            return 0;
        } catch (PolyglotException e) {
            if (e.isExit()) {
                return e.getExitStatus();
            }
            err.println(e.getMessage());
            for (PolyglotException.StackFrame frame : e.getPolyglotStackTrace()) {
                if (frame.isGuestFrame()) {
                    err.println("    at " + frame);
                }
            }
            return e.isInternalError() ? EXIT_INTERNAL : 1;
        }
    }

    private static String[] prepend(String first, String[] rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    int usageError(String message) {
        err.println("wasmroutines: " + message);
        err.println("Try 'wasmroutines --help'.");
        return EXIT_USAGE;
    }

    /** {@code wasmroutines wast FILE...}: runs spec scripts and counts assertions. */
    private int runScripts(Context context, List<String> files) {
        long passed = 0;
        long failed = 0;
        for (String file : files) {
            Value report;
            try {
                Source source = Source.newBuilder(LANGUAGE, Path.of(file).toFile()).mimeType("text/x-wast").build();
                report = context.eval(source);
            } catch (IOException e) {
                err.println(file + ": cannot read: " + e.getMessage());
                failed++;
                continue;
            } catch (PolyglotException e) {
                err.println(file + ": " + e.getMessage());
                failed++;
                continue;
            }
            long filePassed = report.getMember("passed").asLong();
            long fileFailed = report.getMember("failed").asLong();
            Value failures = report.getMember("failures");
            for (long i = 0; i < failures.getArraySize(); i++) {
                out.println("  " + failures.getArrayElement(i).asString());
            }
            out.println(file + ": " + filePassed + " passed, " + fileFailed + " failed");
            passed += filePassed;
            failed += fileFailed;
        }
        out.println(passed + " passed, " + failed + " failed");
        return failed == 0 ? 0 : 1;
    }

    /** {@code wasmroutines FILE [ARGS...]}: a WASI command; its status is the program's. */
    private int runCommand(Context context, LaunchOptions options) {
        String file = options.module();
        Value exports;
        try {
            exports = instantiate(context, file);
        } catch (Failed failed) {
            return failed.status;
        }
        if (!exports.hasMember("_start") || !exports.getMember("_start").canExecute()) {
            err.println("wasmroutines: " + file + " is not a WASI command (it exports no _start function); use --invoke NAME");
            return EXIT_USAGE;
        }
        try {
            exports.getMember("_start").execute();
        } catch (PolyglotException e) {
            return report(file, e);
        }
        return 0;
    }

    /** A failure already reported to the user, with the status the command ends with. */
    private static final class Failed extends Exception {
        private static final long serialVersionUID = 1L;
        final int status;

        Failed(int status) {
            super(null, null, false, false);
            this.status = status;
        }
    }

    /** The exports of a new instance of the module in {@code file}; its start function runs here. */
    private Value instantiate(Context context, String file) throws Failed {
        try {
            return context.eval(moduleSource(file)).newInstance().getMember("exports");
        } catch (IOException e) {
            err.println("wasmroutines: cannot read " + file + ": " + e.getMessage());
            throw new Failed(EXIT_LOAD_ERROR);
        } catch (PolyglotException e) {
            throw new Failed(report(file, e));
        }
    }

    /** {@code wasmroutines --invoke NAME FILE [ARGS...]}. */
    private int invoke(Context context, LaunchOptions options) {
        String file = options.module();
        Value exports;
        try {
            exports = instantiate(context, file);
        } catch (Failed failed) {
            return failed.status;
        }
        String name = options.invoke();
        if (!exports.hasMember(name) || !exports.getMember(name).canExecute()) {
            err.println("wasmroutines: " + file + " exports no function named '" + name + "'");
            return EXIT_USAGE;
        }
        Object[] arguments = parseArguments(options.programArguments());
        Value result;
        try {
            result = exports.getMember(name).execute(arguments);
        } catch (PolyglotException e) {
            return report(file, e);
        } catch (IllegalArgumentException e) {
            err.println("wasmroutines: " + e.getMessage());
            return EXIT_USAGE;
        }
        printResult(result);
        return 0;
    }

    private static Source moduleSource(String file) throws IOException {
        Path path = Path.of(file);
        if (file.endsWith(".wat") || file.endsWith(".wast")) {
            return Source.newBuilder(LANGUAGE, Files.readString(path), file).mimeType("text/x-wat").build();
        }
        return Source.newBuilder(LANGUAGE, org.graalvm.polyglot.io.ByteSequence.create(Files.readAllBytes(path)), file)
                        .mimeType("application/wasm").build();
    }

    private int report(String file, PolyglotException e) {
        if (e.isExit()) {
            return e.getExitStatus();
        }
        String kind = e.isGuestException() && e.getGuestObject() != null && e.getGuestObject().hasMember("kind")
                        ? e.getGuestObject().getMember("kind").asString() : null;
        if (e.isSyntaxError() || "unlinkable".equals(kind)) {
            // Decoding, validation or linking failed: the module cannot run at all.
            err.println(file + ": " + e.getMessage());
            return EXIT_LOAD_ERROR;
        }
        if (e.isGuestException()) {
            err.println("wasm trap: " + e.getMessage());
            for (PolyglotException.StackFrame frame : e.getPolyglotStackTrace()) {
                if (frame.isGuestFrame()) {
                    err.println("    at " + frame.getRootName());
                }
            }
            return EXIT_TRAP;
        }
        err.println("wasmroutines: internal error: " + e.getMessage());
        e.printStackTrace(err);
        return EXIT_INTERNAL;
    }

    /** Integers become {@code long}s, anything else a {@code double}; the engine converts to the parameter types. */
    static Object[] parseArguments(List<String> texts) {
        List<Object> values = new ArrayList<>();
        for (String text : texts) {
            try {
                values.add(Long.parseLong(text));
            } catch (NumberFormatException notAnInteger) {
                try {
                    values.add(Double.parseDouble(text));
                } catch (NumberFormatException notANumber) {
                    throw new IllegalArgumentException("argument '" + text + "' is not a number");
                }
            }
        }
        return values.toArray();
    }

    private void printResult(Value result) {
        if (result.isNull()) {
            return;
        }
        if (result.hasArrayElements()) {
            for (long i = 0; i < result.getArraySize(); i++) {
                printValue(result.getArrayElement(i));
            }
        } else {
            printValue(result);
        }
    }

    private void printValue(Value value) {
        if (value.fitsInInt()) {
            out.println(value.asInt());
        } else if (value.fitsInLong()) {
            out.println(value.asLong());
        } else if (value.isNumber()) {
            out.println(value.asDouble());
        } else {
            out.println(value);
        }
    }
}
