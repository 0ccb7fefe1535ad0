// The blocking calls with async imports: JavaScript settles an async import's promise only after
// the outermost call into JavaScript returns, so runtime.run(), join() and a plain export call
// that reaches such an import cannot finish. Each one stops with the report that says so, instead
// of waiting forever; afterwards the same threads still finish under runAsync.
const module = Polyglot.eval('text/x-wat', echoWat);
const runtime = Polyglot.import('wasmroutines.runtime');
const exports = module.newInstance({env: {echo: async (id, call) => id * 1000 + call + 1}}).exports;
const result = {};
function failure(action) {
    try {
        action();
        return 'no error';
    } catch (e) {
        return e.message;
    }
}
const thread = runtime.spawn(exports.client, 1, 2);
result.run = failure(() => runtime.run());
result.join = failure(() => thread.join());
result.direct = failure(() => exports.client(2, 1));
(async () => {
    await runtime.runAsync();
    result.afterwards = thread.join();
})().catch(e => { result.afterwards = String(e); });
result;
