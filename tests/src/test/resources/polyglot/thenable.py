# A Python-side future-like object: any object with then(on_fulfilled, on_rejected) is awaited
# like a promise. Here a threading.Timer settles it later (GraalPy lets Python threads into the
# context while the wasm threads wait); client 2's second call is rejected.
import polyglot
import random
import threading

module = polyglot.eval(language="wasmroutines", path=echo_wat)
runtime = polyglot.import_value("wasmroutines.runtime")


class Later:
    def __init__(self, client, call):
        self.client = client
        self.call = call

    def then(self, on_fulfilled, on_rejected):
        def settle():
            if self.client == 2 and self.call == 1:
                on_rejected("timed out")
            else:
                on_fulfilled(self.client * 1000 + self.call + 1)
        threading.Timer(random.random() / 200, settle).start()


exports = module.newInstance({"env": {"echo": Later}}).exports
threads = [runtime.spawn(exports.client, client, 3) for client in range(1, 21)]
runtime.run()
states = [str(t.state) for t in threads]
finished = [t for t, state in zip(threads, states) if state == "FINISHED"]
result = {"states": ",".join(states), "sums": ",".join(str(t.join()) for t in finished)}
try:
    threads[1].join()
except polyglot.ForeignException as e:  # a wasm trap is a foreign exception to Python
    result["error"] = str(e)
result
