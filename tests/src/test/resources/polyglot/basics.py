# Exports, a sync Python import, globals, and the runtime (spawn, run, join) from Python.
# `basics_wat` is the path of basics.wat; the result is the dict `result`.
import polyglot

module = polyglot.eval(language="wasmroutines", path=basics_wat)
calls = []

def add(a, b):
    calls.append((a, b))
    return a + b

exports = module.newInstance({"env": {"add": add}}).exports
runtime = polyglot.import_value("wasmroutines.runtime")

result = {}
result["addOne"] = exports.addOne(41)
result["square"] = str(exports.square(3000000000))
result["answer"] = exports.answer.value
exports.greet()
result["greeting"] = bytes(exports.memory.read(0, 5)).decode()
exports.memory.write(0, b"J")
result["afterWrite"] = bytes(exports.memory.read(0, 5)).decode()
threads = [runtime.spawn(exports.addOne, n * 10) for n in (1, 2, 3)]
runtime.run()
result["joined"] = ",".join(str(t.join()) for t in threads)
result["states"] = ",".join(t.state for t in threads)
result["calls"] = repr(calls)
result
