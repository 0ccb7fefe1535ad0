# The echo test from Python: `clients` wasm threads each make `calls` calls of a Python import
# that answers with a Java CompletableFuture completed after a random delay by the JDK's timer
# thread (no Python code runs off the context's thread). Each wasm thread waits alone; the
# runtime's blocking run() is fine from Python, which has no job queue to starve.
import polyglot
import random
import java

CompletableFuture = java.type("java.util.concurrent.CompletableFuture")
TimeUnit = java.type("java.util.concurrent.TimeUnit")

module = polyglot.eval(language="wasmroutines", path=echo_wat)
runtime = polyglot.import_value("wasmroutines.runtime")
pending = [0]
max_pending = [0]

def echo(client, call):
    reply = CompletableFuture()
    pending[0] += 1
    max_pending[0] = max(max_pending[0], runtime.counters.pendingHostFutures + 1)
    return reply.completeOnTimeout(client * 1000 + call + 1, random.randint(0, 2000), TimeUnit.MICROSECONDS)

exports = module.newInstance({"env": {"echo": echo}}).exports
threads = [runtime.spawn(exports.client, client, calls) for client in range(1, clients + 1)]
runtime.run()
log = [exports.logEntry(slot) for slot in range(exports.logged())]
result = {
    "sums": ",".join(str(t.join()) for t in threads),
    "calls": pending[0],
    "maxPending": max_pending[0],
    "log": " ".join(str(client) for client in log),
}
result
