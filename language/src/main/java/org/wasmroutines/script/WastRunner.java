package org.wasmroutines.script;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.wasmroutines.WasmContext;
import org.wasmroutines.binary.ModuleDecoder;
import org.wasmroutines.errors.Failure;
import org.wasmroutines.errors.WasmException;
import org.wasmroutines.runtime.Instantiator;
import org.wasmroutines.runtime.SpecTestModule;
import org.wasmroutines.runtime.WasmFunction;
import org.wasmroutines.runtime.WasmGlobal;
import org.wasmroutines.runtime.WasmInstance;
import org.wasmroutines.script.Command.AssertModuleFailure;
import org.wasmroutines.script.Command.ModuleDef;
import org.wasmroutines.syntax.Module;
import org.wasmroutines.text.WatParser;
import org.wasmroutines.validation.ModuleValidator;

/**
 * Runs a wast script against the engine: modules are decoded, validated and instantiated,
 * actions invoke exports, and each assertion is checked and counted. A failure of one command,
 * even an unexpected Java exception, is reported and the script goes on.
 *
 * @see <a href="https://github.com/WebAssembly/spec/tree/main/interpreter#scripts">Script semantics</a>
 */
public final class WastRunner {
    private final WasmContext context;
    private final String fileName;
    private final WastReport report = new WastReport();
    private final ScriptThreads threads;

    private WastRunner(WasmContext context, String fileName, ScriptThreads threads) {
        this.context = context;
        this.fileName = fileName;
        this.threads = threads;
    }

    public static WastReport run(WasmContext context, String text, String fileName) {
        return run(context, text, fileName, new GreenScriptThreads(context.threads()));
    }

    public static WastReport run(WasmContext context, String text, String fileName, ScriptThreads threads) {
        WastRunner runner = new WastRunner(context, fileName, threads);
        List<Command> commands;
        try {
            commands = WastParser.parse(text);
        } catch (RuntimeException e) {
            runner.report.fail(fileName + ": script does not parse: " + e.getMessage());
            return runner.report;
        }
        runner.runAll(commands, new Scope(SpecTestModule.create(context)));
        try {
            threads.awaitAll();
        } catch (RuntimeException e) {
            runner.report.fail(fileName + ": threads never waited for: " + e.getMessage());
        }
        return runner.report;
    }

    /** The modules a script (or one of its threads) can see: named, registered, and the current one. */
    private static final class Scope {
        final SpecTestModule specTest;
        final Map<String, WasmInstance> named = new HashMap<>();
        final Map<String, WasmInstance> registered = new HashMap<>();
        WasmInstance current;

        Scope(SpecTestModule specTest) {
            this.specTest = specTest;
        }

        Object resolve(String module, String name) {
            WasmInstance instance = registered.get(module);
            if (instance != null) {
                return instance.export(name);
            }
            return SpecTestModule.NAME.equals(module) ? specTest.resolve(module, name) : null;
        }

        WasmInstance instance(String id, int line) {
            WasmInstance instance = id == null ? current : named.get(id);
            if (instance == null) {
                throw new IllegalStateException("no module " + (id == null ? "instantiated" : id) + " before line " + line);
            }
            return instance;
        }
    }

    private void runAll(List<Command> commands, Scope scope) {
        for (Command command : commands) {
            try {
                execute(command, scope);
            } catch (WasmException e) {
                fail(command, "unexpected " + e.kind() + ": " + e.getMessage());
            } catch (RuntimeException | StackOverflowError | AssertionError | LinkageError e) {
                // a bug elsewhere in the engine must not end the script: report it as this command's failure
                fail(command, "unexpected " + e);
            }
        }
    }

    private void fail(Command command, String message) {
        report.fail(fileName + ":" + command.line() + ": " + message);
    }

    private void execute(Command command, Scope scope) {
        switch (command) {
            case ModuleDef def -> {
                WasmInstance instance = instantiate(def, scope);
                scope.current = instance;
                if (def.id() != null) {
                    scope.named.put(def.id(), instance);
                }
            }
            case Command.Register r -> scope.registered.put(r.as(), scope.instance(r.moduleId(), r.line()));
            case Command.Perform p -> perform(p.action(), scope, p.line());
            case Command.AssertReturn a -> assertReturn(a, scope);
            case Command.AssertTrap t -> {
                if (t.module() != null) {
                    expectFailure(t, Failure.Kind.TRAP, t.message(), () -> instantiate(t.module(), scope));
                } else {
                    expectFailure(t, Failure.Kind.TRAP, t.message(), () -> perform(t.action(), scope, t.line()));
                }
            }
            case Command.AssertExhaustion x ->
                expectFailure(x, Failure.Kind.EXHAUSTION, x.message(), () -> perform(x.action(), scope, x.line()));
            case AssertModuleFailure f -> assertModuleFailure(f, scope);
            case Command.Thread t -> {
                Scope threadScope = new Scope(scope.specTest);
                for (String shared : t.sharedModules()) {
                    threadScope.named.put(shared, scope.instance(shared, t.line()));
                }
                threads.spawn(t.id(), () -> runAll(t.body(), threadScope));
            }
            case Command.Wait w -> threads.await(w.threadId());
        }
    }

    private static byte[] binary(ModuleDef def) {
        return switch (def.form()) {
            case TEXT -> WatParser.parseModule(def.text());
            case BINARY -> def.bytes();
            case QUOTE -> WatParser.parseModule(WatParser.quotedText(def.bytes()));
        };
    }

    private static Module decodeAndValidate(ModuleDef def) {
        Module module = ModuleDecoder.decode(binary(def));
        ModuleValidator.validate(module);
        return module;
    }

    private WasmInstance instantiate(ModuleDef def, Scope scope) {
        return Instantiator.instantiate(context, decodeAndValidate(def), scope::resolve);
    }

    private void assertModuleFailure(AssertModuleFailure f, Scope scope) {
        switch (f.phase()) {
            case MALFORMED -> expectFailure(f, Failure.Kind.MALFORMED, f.message(),
                    () -> ModuleDecoder.decode(binary(f.module())));
            case INVALID -> expectFailure(f, Failure.Kind.INVALID, f.message(), () -> decodeAndValidate(f.module()));
            case UNLINKABLE -> expectFailure(f, Failure.Kind.UNLINKABLE, f.message(), () -> instantiate(f.module(), scope));
            case UNINSTANTIABLE -> expectFailure(f, Failure.Kind.TRAP, f.message(), () -> instantiate(f.module(), scope));
        }
    }

    /** Passes if the step fails with the kind and a message starting with the expected text. */
    private void expectFailure(Command command, Failure.Kind kind, String message, Runnable step) {
        try {
            step.run();
        } catch (WasmException e) {
            if (e.kind() == kind && e.getMessage() != null && e.getMessage().startsWith(message)) {
                report.pass();
            } else {
                fail(command, "expected " + kind + " \"" + message + "\", got " + e.kind() + " \"" + e.getMessage() + "\"");
            }
            return;
        } catch (RuntimeException | StackOverflowError | AssertionError | LinkageError e) {
            fail(command, "expected " + kind + " \"" + message + "\", got " + e);
            return;
        }
        fail(command, "expected " + kind + " \"" + message + "\", but it succeeded");
    }

    private Object perform(Action action, Scope scope, int line) {
        WasmInstance instance = scope.instance(action.moduleId(), line);
        Object export = instance.export(action.name());
        if (action.isGet()) {
            if (!(export instanceof WasmGlobal global)) {
                throw new IllegalStateException("no global export \"" + action.name() + "\"");
            }
            return global.getValue();
        }
        if (!(export instanceof WasmFunction function)) {
            throw new IllegalStateException("no function export \"" + action.name() + "\"");
        }
        return function.invoke(action.args().toArray());
    }

    private void assertReturn(Command.AssertReturn a, Scope scope) {
        Object result = perform(a.action(), scope, a.line());
        List<Object> actual = new ArrayList<>();
        if (result instanceof Object[] values) {
            actual.addAll(List.of(values));
        } else if (result != null) {
            actual.add(result);
        }
        boolean ok = actual.size() == a.expected().size();
        for (int i = 0; ok && i < actual.size(); i++) {
            ok = ResultMatcher.matches(a.expected().get(i), actual.get(i));
        }
        if (ok) {
            report.pass();
        } else {
            List<String> described = new ArrayList<>();
            for (Object value : actual) {
                described.add(ResultMatcher.describe(value));
            }
            fail(a, "expected " + a.expected() + ", got " + described);
        }
    }
}
