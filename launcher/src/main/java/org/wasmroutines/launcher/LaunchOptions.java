package org.wasmroutines.launcher;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The command line of {@code wasmroutines}, parsed. Options come before the module; everything
 * after the module is the program's ({@code ARGS}).
 */
record LaunchOptions(boolean help, boolean version, boolean wast, String invoke, String module, List<String> programArguments,
                List<String> dirs, List<String> env, List<String> polyglotArguments) {

    static final String USAGE = """
                    Usage: wasmroutines [OPTIONS] FILE.wasm|FILE.wat [ARGS...]
                           wasmroutines [OPTIONS] --invoke NAME FILE.wasm|FILE.wat [ARGS...]
                           wasmroutines [OPTIONS] wast FILE.wast...
                           wasmroutines [OPTIONS] FILE.js|FILE.py [ARGS...]

                    Runs WebAssembly on the Wasmroutines engine (Truffle, Graal JIT). Without --invoke
                    the module is a WASI command: its _start runs with FILE ARGS as argv.

                      --invoke NAME           call the export NAME with the numeric ARGS instead; each
                                              result is printed on its own line
                      --dir HOST[::GUEST]     preopen the host directory HOST for the program, named
                                              GUEST inside it (default: HOST); repeatable. The program
                                              sees nothing of the file system outside its preopens
                      --env NAME=VALUE        set an environment variable of the program; repeatable
                      --scheduler=default|deterministic
                                              how wasm threads are scheduled on the carrier thread;
                                              deterministic: every choice from one seeded PRNG and a
                                              virtual clock, so a seed fixes the whole interleaving
                      --seed=N                the deterministic scheduler's seed
                      --trace-schedule=FILE   write the schedule (switch points, thread ids) to FILE
                      FILE.js, FILE.py        run a JavaScript (GraalJS) or Python (GraalPy) script in a
                                              context that also has wasmroutines; the script loads
                                              modules with the polyglot API (see examples/js, examples/python)
                      wast FILE.wast...       run WebAssembly spec scripts; prints the results per file
                                              and, last, 'N passed, M failed' over all assertions
                      --engine.NAME=VALUE     any Truffle engine option (e.g. --engine.Compilation=false)
                      --wasmroutines.NAME=VALUE
                                              any Wasmroutines language option
                      --help, --version

                    Exit status: the program's proc_exit status (0 when _start returns); 1 a module
                    could not be read, decoded, validated or linked (or a wast assertion failed);
                    2 wrong usage; 134 the program trapped ('wasm trap: ...' and a backtrace on stderr);
                    70 an internal error of the engine.
                    """;

    static LaunchOptions parse(String[] args) {
        boolean help = false;
        boolean version = false;
        String invoke = null;
        List<String> dirs = new ArrayList<>();
        List<String> env = new ArrayList<>();
        List<String> polyglot = new ArrayList<>();
        int i = 0;
        for (; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                help = true;
            } else if (arg.equals("--version")) {
                version = true;
            } else if (SCHEDULER_FLAGS.containsKey(flagName(arg))) {
                String value;
                if (arg.contains("=")) {
                    value = arg.substring(arg.indexOf('=') + 1);
                } else if (i + 1 < args.length) {
                    value = args[++i];
                } else {
                    throw new IllegalArgumentException(arg + " needs a value");
                }
                polyglot.add("--wasmroutines." + SCHEDULER_FLAGS.get(flagName(arg)) + "=" + value);
            } else if (arg.equals("--invoke") || arg.equals("--dir") || arg.equals("--env")) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(arg + " needs a value");
                }
                i++;
                switch (arg) {
                    case "--invoke" -> invoke = args[i];
                    case "--dir" -> dirs.add(checkDir(args[i]));
                    default -> env.add(checkEnv(args[i]));
                }
            } else if (arg.startsWith("--invoke=")) {
                invoke = arg.substring("--invoke=".length());
            } else if (arg.startsWith("--dir=")) {
                dirs.add(checkDir(arg.substring("--dir=".length())));
            } else if (arg.startsWith("--env=")) {
                env.add(checkEnv(arg.substring("--env=".length())));
            } else if (isPolyglotOption(arg)) {
                polyglot.add(arg);
            } else if (arg.startsWith("-") && !arg.equals("-")) {
                throw new IllegalArgumentException("unknown option " + arg);
            } else {
                break;
            }
        }
        if (help || version) {
            return new LaunchOptions(help, version, false, invoke, null, List.of(), dirs, env, polyglot);
        }
        if (i < args.length && args[i].equals("wast") && invoke == null) {
            List<String> scripts = List.of(args).subList(i + 1, args.length);
            if (scripts.isEmpty()) {
                throw new IllegalArgumentException("wast needs at least one script");
            }
            return new LaunchOptions(false, false, true, null, null, List.copyOf(scripts), dirs, env, List.copyOf(polyglot));
        }
        if (i >= args.length) {
            throw new IllegalArgumentException("no module given");
        }
        List<String> rest = List.of(args).subList(i + 1, args.length);
        return new LaunchOptions(false, false, false, invoke, args[i], List.copyOf(rest), List.copyOf(dirs), List.copyOf(env), List.copyOf(polyglot));
    }

    /** The language of a script to run instead of a module ({@code js} or {@code python}), or null. */
    String scriptLanguage() {
        if (module == null || invoke != null) {
            return null;
        }
        if (module.endsWith(".js") || module.endsWith(".mjs")) {
            return "js";
        }
        return module.endsWith(".py") ? "python" : null;
    }

    /** The command's scheduler flags and the language options they set. */
    static final Map<String, String> SCHEDULER_FLAGS = Map.of(
                    "--scheduler", "Scheduler",
                    "--seed", "Seed",
                    "--trace-schedule", "TraceSchedule");

    private static String flagName(String arg) {
        int eq = arg.indexOf('=');
        return eq < 0 ? arg : arg.substring(0, eq);
    }

    private static String checkDir(String value) {
        String host = value.contains("::") ? value.substring(0, value.indexOf("::")) : value;
        if (host.isEmpty()) {
            throw new IllegalArgumentException("--dir needs a host directory: --dir HOST[::GUEST]");
        }
        return value;
    }

    private static String checkEnv(String value) {
        if (value.indexOf('=') <= 0) {
            throw new IllegalArgumentException("--env needs NAME=VALUE, got '" + value + "'");
        }
        return value;
    }

    /** Options of the polyglot engine, its instruments and its languages, passed through untouched. */
    static boolean isPolyglotOption(String arg) {
        return arg.startsWith("--engine.") || arg.startsWith("--wasmroutines.") || arg.startsWith("--compiler.")
                        || arg.startsWith("--log.");
    }

    /**
     * Everything the polyglot engine gets: the user's options, then WASI switched on with the
     * preopens and environment encoded as the language's list options ({@code %}, {@code ,} and
     * {@code :} escaped, so any path survives).
     */
    List<String> engineArguments() {
        List<String> all = new ArrayList<>(polyglotArguments);
        all.add("--wasmroutines.Wasi=true");
        if (!dirs.isEmpty()) {
            List<String> encoded = new ArrayList<>();
            for (String dir : dirs) {
                int split = dir.indexOf("::");
                encoded.add(split < 0 ? escape(dir) : escape(dir.substring(0, split)) + "::" + escape(dir.substring(split + 2)));
            }
            all.add("--wasmroutines.WasiDirs=" + String.join(",", encoded));
        }
        if (!env.isEmpty()) {
            all.add("--wasmroutines.WasiEnv=" + String.join(",", env.stream().map(LaunchOptions::escape).toList()));
        }
        return all;
    }

    /** The option-list escape of one element: {@code %}, {@code ,} and {@code :} as {@code %XX}. */
    static String escape(String element) {
        return element.replace("%", "%25").replace(",", "%2C").replace(":", "%3A");
    }

    /** The engine arguments as a map, "--engine.X=v" -> "engine.X" = "v" (a bare flag means "true"). */
    Map<String, String> polyglotOptions() {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : engineArguments()) {
            int eq = arg.indexOf('=');
            options.put(arg.substring(2, eq < 0 ? arg.length() : eq), eq < 0 ? "true" : arg.substring(eq + 1));
        }
        return options;
    }

    /** The program's argv: the module as given, then ARGS. */
    String[] argv() {
        List<String> argv = new ArrayList<>();
        argv.add(module);
        argv.addAll(programArguments);
        return argv.toArray(String[]::new);
    }
}
