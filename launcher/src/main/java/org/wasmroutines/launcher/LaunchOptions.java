package org.wasmroutines.launcher;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The command line of {@code wasmroutines}, parsed. */
record LaunchOptions(boolean help, boolean version, boolean wast, String invoke, List<String> files,
                Map<String, String> polyglotOptions) {

    static final String USAGE = """
                    Usage: wasmroutines [OPTIONS] --invoke NAME FILE.wasm|FILE.wat [ARGS...]
                           wasmroutines [OPTIONS] wast FILE.wast...

                    Runs WebAssembly modules on the Wasmroutines engine (Truffle, Graal JIT).

                      --invoke NAME           instantiate the module and call its export NAME with the
                                              numeric ARGS; each result is printed on its own line
                      wast FILE.wast...       run WebAssembly spec scripts; prints the results per file
                                              and, last, 'N passed, M failed' over all assertions
                      --engine.NAME=VALUE     any Truffle engine option (e.g. --engine.Compilation=false)
                      --wasmroutines.NAME=VALUE
                                              any Wasmroutines language option
                      --help, --version

                    Exit status: 0 success; 1 a module could not be read, decoded, validated or linked
                    (or a wast assertion failed); 2 wrong usage; 134 the program trapped.
                    """;

    static LaunchOptions parse(String[] args) {
        boolean help = false;
        boolean version = false;
        boolean wast = false;
        String invoke = null;
        List<String> files = new ArrayList<>();
        Map<String, String> polyglot = new LinkedHashMap<>();
        int i = 0;
        for (; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                help = true;
            } else if (arg.equals("--version")) {
                version = true;
            } else if (arg.equals("--invoke")) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("--invoke needs the name of an exported function");
                }
                invoke = args[++i];
            } else if (arg.startsWith("--invoke=")) {
                invoke = arg.substring("--invoke=".length());
            } else if (arg.startsWith("--engine.") || arg.startsWith("--wasmroutines.") || arg.startsWith("--compiler.")) {
                int eq = arg.indexOf('=');
                String key = arg.substring(2, eq < 0 ? arg.length() : eq);
                polyglot.put(key, eq < 0 ? "true" : arg.substring(eq + 1));
            } else if (arg.startsWith("-") && !arg.equals("-")) {
                throw new IllegalArgumentException("unknown option " + arg);
            } else {
                break;
            }
        }
        if (help || version) {
            return new LaunchOptions(help, version, false, invoke, files, polyglot);
        }
        if (i < args.length && args[i].equals("wast") && invoke == null) {
            wast = true;
            i++;
        }
        for (; i < args.length; i++) {
            files.add(args[i]);
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException(wast ? "wast needs at least one script" : "no module given");
        }
        if (!wast && invoke == null) {
            throw new IllegalArgumentException("running a WASI command is not supported yet: use --invoke NAME or wast");
        }
        return new LaunchOptions(false, false, wast, invoke, List.copyOf(files), Map.copyOf(polyglot));
    }
}
