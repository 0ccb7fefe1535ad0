package org.wasmroutines.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.graalvm.launcher.AbstractLanguageLauncher;
import org.graalvm.options.OptionCategory;
import org.graalvm.polyglot.Context;

/**
 * The {@code wasmroutines} command on GraalVM's launcher framework: the framework handles the
 * polyglot options ({@code --engine.X}, {@code --wasmroutines.X}, {@code --log.X}), {@code --help}
 * and {@code --version}; our own arguments are parsed by {@link LaunchOptions} and run by
 * {@link WasmCommand}.
 */
public final class WasmLauncher extends AbstractLanguageLauncher {
    private LaunchOptions options;
    private boolean printVersion;

    public static void main(String[] args) {
        new WasmLauncher().launch(args);
    }

    @Override
    protected List<String> preprocessArguments(List<String> arguments, Map<String, String> polyglotOptions) {
        List<String> forFramework = new ArrayList<>();
        List<String> ours = new ArrayList<>();
        boolean helpOrVersion = false;
        boolean programStarted = false;
        for (int i = 0; i < arguments.size(); i++) {
            String arg = arguments.get(i);
            if (programStarted) {
                ours.add(arg);
            } else if (arg.equals("--version")) {
                // The framework knows --version:graalvm and --show-version; plain --version is ours.
                printVersion = true;
            } else if (arg.startsWith("--help") || arg.startsWith("--version:") || arg.equals("--show-version")) {
                helpOrVersion = true;
                forFramework.add(arg);
            } else {
                ours.add(arg);
                boolean takesValue = arg.equals("--invoke") || arg.equals("--dir") || arg.equals("--env")
                                || LaunchOptions.SCHEDULER_FLAGS.containsKey(arg);
                if (takesValue && i + 1 < arguments.size()) {
                    ours.add(arguments.get(++i));
                } else if (!arg.startsWith("-")) {
                    // The script or module: what follows belongs to it.
                    programStarted = true;
                }
            }
        }
        if (helpOrVersion || (printVersion && ours.isEmpty())) {
            options = null;
            return forFramework;
        }
        try {
            options = LaunchOptions.parse(ours.toArray(String[]::new));
        } catch (IllegalArgumentException e) {
            throw abort("wasmroutines: " + e.getMessage() + System.lineSeparator() + "Try 'wasmroutines --help'.", WasmCommand.EXIT_USAGE);
        }
        // The command takes experimental engine options (e.g. --engine.Compilation=false) as they are.
        forFramework.add("--experimental-options");
        forFramework.addAll(options.engineArguments());
        return forFramework;
    }

    @Override
    protected void launch(Context.Builder builder) {
        if (printVersion) {
            printVersion();
            if (options == null) {
                throw exit(0);
            }
        }
        int status = new WasmCommand(getOutput(), getError()).run(options, builder);
        getOutput().flush();
        throw exit(status);
    }

    /** A JavaScript or Python script needs its language in the context too: then every installed language is permitted. */
    @Override
    protected String[] getDefaultLanguages() {
        if (options != null && options.scriptLanguage() != null) {
            return new String[0];
        }
        return super.getDefaultLanguages();
    }

    @Override
    protected String getLanguageId() {
        return WasmCommand.LANGUAGE;
    }

    @Override
    protected void printHelp(OptionCategory maxCategory) {
        getOutput().print(LaunchOptions.USAGE);
    }

    @Override
    protected void collectArguments(Set<String> names) {
        names.addAll(List.of("--invoke", "wast", "--help", "--version", "--show-version"));
    }
}
