// Wasm threads awaiting JavaScript promises, all on one JavaScript thread.
// Run: bin/wasmroutines examples/js/threads.js
//
// Each wasm thread runs `worker`, plain synchronous wasm that calls the import `env.fetch` three
// times. Here `fetch` is an async JavaScript function: the wasm thread that calls it waits for the
// promise, the other wasm threads keep running, and it resumes with the resolved value.

const module = Polyglot.eval('text/x-wat', `
(module
  (import "env" "fetch" (func $fetch (param i32 i32) (result i32)))
  (memory (export "memory") 1)
  ;; worker(id): sum of three fetches; stores the sum at 4 * id
  (func (export "worker") (param $id i32) (result i32)
    (local $sum i32)
    (local.set $sum (call $fetch (local.get $id) (i32.const 0)))
    (local.set $sum (i32.add (local.get $sum) (call $fetch (local.get $id) (i32.const 1))))
    (local.set $sum (i32.add (local.get $sum) (call $fetch (local.get $id) (i32.const 2))))
    (i32.store (i32.shl (local.get $id) (i32.const 2)) (local.get $sum))
    (local.get $sum)))
`);

const events = [];
async function fetch(id, part) {
    events.push(`thread ${id} asks for part ${part}`);
    // a few promise jobs stand in for real I/O: thread 1 waits longest
    for (let hop = 0; hop < (4 - id) * 2; hop++) {
        await null;
    }
    return id * 100 + part;
}

const exports = module.newInstance({env: {fetch}}).exports;
// The runtime object: in the polyglot bindings once wasm is in use.
const runtime = Polyglot.import('wasmroutines.runtime');

async function main() {
    const threads = [1, 2, 3].map(id => runtime.spawn(exports.worker, id));
    // Not runtime.run(): JavaScript settles promises only between jobs, and runAsync() runs the
    // wasm threads in rounds between them.
    await runtime.runAsync();
    for (const event of events) {
        console.log(event);
    }
    for (const thread of threads) {
        console.log(`thread ${thread.id}: ${thread.state}, result ${thread.join()}`);
    }
    // Memory is a buffer: view it with a typed array.
    const sums = new Int32Array(exports.memory, 4, 3);
    console.log(`sums in wasm memory: ${Array.from(sums).join(' ')}`);
}

main().catch(error => {
    console.log(`failed: ${error}`);
});
