package org.wasmroutines.test.async;

import java.util.Map;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;
import org.graalvm.polyglot.proxy.ProxyObject;
import org.wasmroutines.test.TestResources;

/**
 * {@code async/echo.wat} instantiated in its own context with {@code echo} as its {@code env.echo}
 * import, plus the context's runtime object; used only through the public polyglot API.
 */
final class EchoProgram implements AutoCloseable {
    final Context context;
    final Value exports;
    final Value runtime;

    EchoProgram(ProxyExecutable echo, Map<String, String> options) {
        this.context = Context.newBuilder("wasmroutines").options(options).build();
        Value module = context.eval(Source.newBuilder("wasmroutines", TestResources.text("async/echo.wat"), "echo.wat").mimeType("text/x-wat").buildLiteral());
        Value imports = Value.asValue(ProxyObject.fromMap(Map.of("env", ProxyObject.fromMap(Map.of("echo", echo)))));
        this.exports = module.newInstance(imports).getMember("exports");
        this.runtime = context.getBindings("wasmroutines").getMember("runtime");
    }

    EchoProgram(ProxyExecutable echo) {
        this(echo, Map.of());
    }

    /** What the echo servers of these tests answer to call {@code call} of client {@code id}. */
    static int reply(int id, int call) {
        return id * 1000 + call + 1;
    }

    /** The sum a client with {@code id} returns after {@code calls} replies. */
    static int expectedSum(int id, int calls) {
        int sum = 0;
        for (int call = 0; call < calls; call++) {
            sum += reply(id, call);
        }
        return sum;
    }

    /** {@code runtime.spawn(client, id, calls)}: a thread object. */
    Value spawnClient(int id, int calls) {
        return runtime.invokeMember("spawn", exports.getMember("client"), id, calls);
    }

    /** The client ids in the order their replies arrived. */
    String log() {
        int length = exports.getMember("logged").execute().asInt();
        StringBuilder log = new StringBuilder();
        Value entry = exports.getMember("logEntry");
        for (int slot = 0; slot < length; slot++) {
            log.append(entry.execute(slot).asInt()).append(' ');
        }
        return log.toString();
    }

    @Override
    public void close() {
        context.close();
    }
}
