// The echo test from JavaScript: `clients` wasm threads each make `calls` calls of an async
// JavaScript import; each reply comes after a pseudo-random number of promise-job hops (the JS
// job queue is this test's clock). The runtime runs with `await runtime.runAsync()`, which
// alternates scheduler rounds with JavaScript's jobs.
const module = Polyglot.eval('text/x-wat', echoWat);
const runtime = Polyglot.import('wasmroutines.runtime');
let pending = 0;
let maxPending = 0;
const replies = [];       // client ids in the order the replies were sent
let seed = 12345;
function nextHops() {     // a small LCG: the delays differ, but every run is the same
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % 40;
}
async function echo(id, call) {
    pending++;
    maxPending = Math.max(maxPending, pending);
    const hops = nextHops();
    for (let i = 0; i < hops; i++) {
        await null;
    }
    pending--;
    replies.push(id);
    return id * 1000 + call + 1;
}
const exports = module.newInstance({env: {echo}}).exports;

const result = {};
async function main() {
    const threads = [];
    for (let id = 1; id <= clients; id++) {
        threads.push(runtime.spawn(exports.client, id, calls));
    }
    await runtime.runAsync();
    result.sums = threads.map(t => t.join()).join(',');
    result.maxPending = maxPending;
    result.replies = replies.join(' ');
    result.logged = exports.logged();
    result.pendingHostFutures = runtime.counters.pendingHostFutures;
}
main().catch(e => { result.error = String(e); });
result;
