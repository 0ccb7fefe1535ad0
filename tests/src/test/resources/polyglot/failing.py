# A Python import that raises: a trap in the calling wasm thread only.
import polyglot

module = polyglot.eval(language="wasmroutines", path=echo_wat)
runtime = polyglot.import_value("wasmroutines.runtime")

def echo(client, call):
    if client == 2 and call == 1:
        raise ConnectionError("connection reset by client 2")
    return client * 1000 + call + 1

exports = module.newInstance({"env": {"echo": echo}}).exports
threads = [runtime.spawn(exports.client, client, 3) for client in (1, 2, 3)]
runtime.run()
result = {"states": ",".join(t.state for t in threads), "first": threads[0].join()}
try:
    threads[1].join()
except Exception as e:
    result["error"] = str(e)
result
