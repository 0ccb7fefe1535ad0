// A wasm thread that waits on an address nobody notifies: runAsync rejects with the deadlock
// report instead of waiting forever.
const module = Polyglot.eval('text/x-wat', `
(module
  (memory 1 1 shared)
  (func (export "waitForever") (result i32)
    (memory.atomic.wait32 (i32.const 0) (i32.const 0) (i64.const -1))))`);
const runtime = Polyglot.import('wasmroutines.runtime');
const exports = module.newInstance({}).exports;
const result = {};
(async () => {
    runtime.spawn(exports.waitForever);
    await runtime.runAsync();
    result.settled = 'resolved';
})().catch(e => { result.settled = 'rejected'; result.message = e.message; });
result;
