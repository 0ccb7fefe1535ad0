# Wasm threads waiting for Java futures, driven from Python.
# Run: bin/wasmroutines examples/python/threads.py
#
# Each wasm thread runs `worker` from workers.wat: plain synchronous wasm that calls the import
# `env.fetch` three times. Here `fetch` returns a java.util.concurrent.CompletableFuture that the
# JDK's timer completes later: only the calling wasm thread waits for it.
import os
import sys

import java
import polyglot

CompletableFuture = java.type("java.util.concurrent.CompletableFuture")
TimeUnit = java.type("java.util.concurrent.TimeUnit")

module = polyglot.eval(language="wasmroutines", path=os.path.join(os.path.dirname(sys.argv[0]), "workers.wat"))
# The runtime object: in the polyglot bindings once wasm is in use.
runtime = polyglot.import_value("wasmroutines.runtime")

asked = []


def fetch(worker, part):
    asked.append((worker, part))
    # thread 1 waits longest; the reply arrives on the JDK's timer thread
    return CompletableFuture().completeOnTimeout(worker * 100 + part, (4 - worker) * 20, TimeUnit.MILLISECONDS)


def log(worker, value):
    print(f"thread {worker} got {value}")


exports = module.newInstance({"env": {"fetch": fetch, "log": log}}).exports
threads = [runtime.spawn(exports.worker, worker) for worker in (1, 2, 3)]
runtime.run()
for thread in threads:
    print(f"thread {thread.id}: {thread.state}, result {thread.join()}")
print("fetches:", len(asked))
# GraalPy has no memoryview of a polyglot buffer: memory.read copies the bytes out.
sums = bytes(exports.memory.read(4, 12))
print("sums in wasm memory:", " ".join(str(int.from_bytes(sums[i:i + 4], "little")) for i in (0, 4, 8)))
