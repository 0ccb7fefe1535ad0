package org.wasmroutines.test.threads;

import java.util.Map;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.wasmroutines.test.TestResources;

/**
 * One instance of a {@code .wat} file from {@code src/test/resources/threads/} in its own context,
 * with the context's runtime object, used only through the public polyglot API.
 */
final class ThreadedProgram implements AutoCloseable {
    final Context context;
    final Value exports;
    final Value runtime;

    ThreadedProgram(String resource, Map<String, String> options) {
        this.context = Context.newBuilder("wasmroutines").options(options).build();
        Value module = context.eval(Source.newBuilder("wasmroutines", TestResources.text("threads/" + resource), resource).mimeType("text/x-wat").buildLiteral());
        this.exports = module.newInstance().getMember("exports");
        this.runtime = context.getBindings("wasmroutines").getMember("runtime");
    }

    ThreadedProgram(String resource) {
        this(resource, Map.of());
    }

    static Map<String, String> deterministic(long seed, int budget) {
        return Map.of("wasmroutines.Scheduler", "deterministic", "wasmroutines.Seed", Long.toString(seed),
                        "wasmroutines.PreemptionBudget", Integer.toString(budget));
    }

    /** {@code runtime.spawn(export, args...)}: a thread object. */
    Value spawn(String export, Object... args) {
        Object[] arguments = new Object[args.length + 1];
        arguments[0] = exports.getMember(export);
        System.arraycopy(args, 0, arguments, 1, args.length);
        return runtime.invokeMember("spawn", arguments);
    }

    @Override
    public void close() {
        context.close();
    }
}
