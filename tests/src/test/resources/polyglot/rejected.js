// An async import whose promise rejects: a trap in the calling wasm thread only.
const module = Polyglot.eval('text/x-wat', echoWat);
const runtime = Polyglot.import('wasmroutines.runtime');
const exports = module.newInstance({env: {echo: async (id, call) => {
    await null;
    if (id === 2 && call === 1) {
        throw new Error('connection reset by client 2');
    }
    return id * 1000 + call + 1;
}}}).exports;
const result = {};
(async () => {
    const threads = [1, 2, 3].map(id => runtime.spawn(exports.client, id, 3));
    await runtime.runAsync();
    result.states = threads.map(t => t.state).join(',');
    result.first = threads[0].join();
    try {
        threads[1].join();
    } catch (e) {
        result.error = e.message;
    }
    result.logged = exports.logged();
})().catch(e => { result.unexpected = String(e); });
result;
