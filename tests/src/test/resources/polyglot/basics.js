// Exports, a sync JavaScript import, memory as a typed array view, and the runtime driven with
// the blocking calls (spawn, run, join): fine from JavaScript while no wasm thread awaits a promise.
const module = Polyglot.eval('text/x-wat', basicsWat);
const calls = [];
const exports = module.newInstance({env: {add: (a, b) => { calls.push([a, b]); return a + b; }}}).exports;
const runtime = Polyglot.import('wasmroutines.runtime');

const addOne = exports.addOne(41);
const square = exports.square(3000000000n);
exports.greet();
const bytes = new Uint8Array(exports.memory, 0, 5);
const greeting = String.fromCharCode(...bytes);
bytes[0] = 'H'.charCodeAt(0);
const afterWrite = new DataView(exports.memory).getUint8(0);

const threads = [1, 2, 3].map(n => runtime.spawn(exports.addOne, n * 10));
runtime.run();
const joined = threads.map(t => t.join());
const states = threads.map(t => t.state);

const result = {
    addOne, square: String(square), greeting, afterWrite, answer: exports.answer.value,
    byteLength: new Uint8Array(exports.memory).length,
    calls: JSON.stringify(calls), joined: joined.join(','), states: states.join(','),
};
result;
