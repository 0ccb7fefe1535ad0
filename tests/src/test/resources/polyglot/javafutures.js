// A synchronous JavaScript import that returns a Java CompletableFuture (`delayed`, from the Java
// test, completes it on a pool thread): the wasm thread waits, and runAsync's rounds wait for
// the pool between JavaScript jobs.
const module = Polyglot.eval('text/x-wat', echoWat);
const runtime = Polyglot.import('wasmroutines.runtime');
const exports = module.newInstance({env: {echo: (id, call) => delayed(id * 1000 + call + 1)}}).exports;
const result = {};
(async () => {
    const threads = [];
    for (let id = 1; id <= 50; id++) {
        threads.push(runtime.spawn(exports.client, id, 3));
    }
    await runtime.runAsync();
    result.sums = threads.map(t => t.join()).join(',');
})().catch(e => { result.error = String(e); });
result;
