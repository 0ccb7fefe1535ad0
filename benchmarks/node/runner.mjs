// Runs one side-by-side kernel on Node's V8, the way SideBySide.java runs it on the Truffle engines.
//   node runner.mjs run FILE.wasm SIZE                 whole process: a WASI command gets argv [FILE, SIZE]
//                                                      and prints its checksum; a module without _start
//                                                      has kernel(SIZE) called and the checksum printed here
//   node runner.mjs peak FILE.wasm SIZE WARMUP MEASURE [MIN_WARMUP_S]   kernel(SIZE) at least WARMUP times
//                                                      and MIN_WARMUP_S seconds (default 0) and until the
//                                                      times settle, then MEASURE timed times; prints
//                                                      "checksum N", "warmup-calls N", "iteration-ns T1 T2 ..."
// The host-call kernel imports env.mix; it is implemented here in JavaScript (Node's own host mechanism).
// A module that exports step instead of kernel (the call-in kernel) is driven from here: kernel(SIZE) is
// then callIn, a JavaScript loop calling step, as SideBySide.callIn does in Java.
import { readFileSync } from 'node:fs';
import { WASI } from 'node:wasi';
import { argv, exit, hrtime, stderr } from 'node:process';

function usage(message) {
    stderr.write(`runner.mjs: ${message}\nusage: node runner.mjs run FILE.wasm SIZE | peak FILE.wasm SIZE WARMUP MEASURE [MIN_WARMUP_S]\n`);
    exit(2);
}

function count(text, what) {
    if (!/^[0-9]+$/.test(text ?? '') || Number(text) <= 0) {
        usage(`${what} must be a positive integer, got '${text}'`);
    }
    return Number(text);
}

// The same function as SideBySide.HOST_MIX in Java: (a * 31 + b) ^ (a >>> 3), on 32-bit integers.
function mix(a, b) {
    return (Math.imul(a, 31) + b) ^ (a >>> 3);
}

const [mode, file, sizeText, warmupText, measureText, minWarmupText] = argv.slice(2);
if (mode !== 'run' && mode !== 'peak') {
    usage(`unknown mode '${mode}'`);
}
if (!file) {
    usage('no FILE.wasm');
}
const size = count(sizeText, 'SIZE');
const module = new WebAssembly.Module(readFileSync(file));
const wasi = new WASI({ version: 'preview1', args: [file, String(size)], env: {}, returnOnExit: true });
const instance = new WebAssembly.Instance(module, { ...wasi.getImportObject(), env: { mix } });
const exports = instance.exports;
if (typeof exports.kernel !== 'function' && typeof exports.step !== 'function') {
    usage(`${file} exports no function 'kernel' (nor 'step')`);
}

// hostcall.wat's loop with the roles swapped, giving hostcall's checksum for the same size. The
// 64-bit sum is kept as two 32-bit halves in plain numbers (a BigInt per call would cost more than
// the call), then made one BigInt at the end.
function callIn(step, calls) {
    let h = 17;
    let lo = 0;
    let hi = 0;
    for (let i = 0; i < calls; i++) {
        h = step(h, i);
        lo += h >>> 0;
        if (lo >= 4294967296) {
            lo -= 4294967296;
            hi = (hi + 1) >>> 0;
        }
    }
    const sum = (BigInt(hi) << 32n) + BigInt(lo);
    return sum ^ (BigInt(h >>> 0) << 32n);
}

// kernel returns an i64 (a BigInt here); print it unsigned like the C kernels' printf("%llu").
const checksum = typeof exports.kernel === 'function'
    ? () => BigInt.asUintN(64, BigInt(exports.kernel(size)))
    : () => BigInt.asUintN(64, callIn(exports.step, size));

if (mode === 'run') {
    if (typeof exports._start === 'function') {
        exit(wasi.start(instance));
    }
    console.log(`checksum ${checksum()}`);
} else {
    const warmup = count(warmupText, 'WARMUP');
    const measure = count(measureText, 'MEASURE');
    // As SideBySide.peak: at least WARMUP calls and MIN_WARMUP_S seconds, and until the last 3
    // calls' times lie within 10 % of each other, for at most 4 x WARMUP calls once the time is over.
    const minWarmupSeconds = minWarmupText === undefined ? 0 : Number(minWarmupText);
    if (!Number.isInteger(minWarmupSeconds) || minWarmupSeconds < 0) {
        usage(`MIN_WARMUP_S must be an integer >= 0, got '${minWarmupText}'`);
    }
    const warmupEnd = hrtime.bigint() + BigInt(minWarmupSeconds) * 1_000_000_000n;
    let first;
    const recent = [];
    const settled = () => recent.length === 3 && Math.max(...recent) <= Math.min(...recent) * 1.1;
    let calls = 0;
    while (calls < warmup || hrtime.bigint() < warmupEnd || (!settled() && calls < 4 * warmup)) {
        const start = hrtime.bigint();
        const value = checksum();
        recent.push(Number(hrtime.bigint() - start));
        if (recent.length > 3) recent.shift();
        if (first === undefined) first = value;
        else if (value !== first) throw new Error(`kernel gave ${value}, earlier ${first}`);
        calls++;
    }
    const times = [];
    for (let i = 0; i < measure; i++) {
        const start = hrtime.bigint();
        const value = checksum();
        times.push(hrtime.bigint() - start);
        if (value !== first) throw new Error(`kernel gave ${value}, earlier ${first}`);
    }
    console.log(`checksum ${first}`);
    console.log(`warmup-calls ${calls}`);
    console.log(`iteration-ns ${times.join(' ')}`);
}
