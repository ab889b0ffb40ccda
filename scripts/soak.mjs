// The soak: a million mixed JS API calls (valid and invalid, every kind of
// argument) and 10^5 allocate/free cycles, reporting WASM memory, RSS and
// calls per second before and after. It fails (exit code 1) if WASM memory
// grows while nothing is kept, or the heap's free top moves up (a leak too
// small to grow memory): a warm-up round first reaches the working set's
// high-water mark, and the full run must end at or below it.
//
//   npm run soak                      # both builds
//   node --expose-gc scripts/soak.mjs --build scalar --calls 200000 --cycles 20000
import { parseArgs } from 'node:util';
import { loadActivations } from '../build/site/src/activations.js';

const { values: options } = parseArgs({
  options: {
    build: { type: 'string', default: 'both' },
    calls: { type: 'string', default: '1000000' },
    cycles: { type: 'string', default: '100000' },
    seed: { type: 'string', default: '1' },
  },
});
if (typeof globalThis.gc !== 'function') {
  console.error('soak: run with node --expose-gc (npm run soak does)');
  process.exit(2);
}

// mulberry32: a small seeded generator, so every run makes the same calls.
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function settle() {
  for (let i = 0; i < 4; i++) {
    globalThis.gc();
    await new Promise((resolve) => setImmediate(resolve));
  }
}

// WASM memory's size, and where the allocator places a fresh 1 MiB block:
// with nothing kept, every freed block has merged back into the free top
// of the heap, so that address stays put. A leak too small to grow memory
// still moves it up.
function wasmMemory(act) {
  const probe = act.allocate(1 << 17, 'float64');
  const { buffer, byteOffset } = probe.array;
  const sizes = { wasm: buffer.byteLength, top: byteOffset };
  probe.free();
  return sizes;
}

async function measure(act) {
  await settle();
  return { ...wasmMemory(act), rss: process.memoryUsage().rss, heap: process.memoryUsage().heapUsed };
}

// One mixed call: mostly valid, a quarter invalid (caught), over every
// kind of argument the API takes.
function mixedCalls(act, next, count) {
  const names = act.list().map((spec) => spec.name);
  const pick = (items) => items[Math.floor(next() * items.length)];
  const x = () => (next() - 0.5) * 20;
  let errors = 0;
  const calls = [
    () => act.evaluate(pick(names), x()),
    () => act.derivative(pick(names), x(), undefined, { kink: pick(['pytorch', 'left', 'right']) }),
    () => act.evaluate('leaky_relu', x(), { negative_slope: next() }),
    () => act.apply(pick(names), Float32Array.from({ length: 1 + Math.floor(next() * 64) }, x)),
    () => act.gradient(pick(names), Array.from({ length: 1 + Math.floor(next() * 16) }, x)),
    () => {
      const shared = new Float64Array(80).map(x);
      act.apply('hardtanh', shared.subarray(0, 64), {}, shared.subarray(7, 71));
    },
    () => act.sample(pick(names), { from: -5, to: 5, count: 2 + Math.floor(next() * 64) }),
    () => act.checkParams('hardtanh', { min_val: -next(), max_val: next() }),
    () => {
      const buffer = act.allocate(1 + Math.floor(next() * 256), pick(['float32', 'float64']));
      act.apply(pick(names), buffer, undefined, buffer);
      buffer.free();
    },
    // Invalid: each throws a TypeError or RangeError.
    () => act.evaluate(pick(names) + 'x', 1),
    () => act.evaluate('leaky_relu', 1, { negative_slope: NaN }),
    () => act.apply('relu', [1, 'a']),
    () => act.derivative('relu', 0, {}, { kink: 'middle' }),
    () => act.evaluate('leaky_relu', 1, new Map([['negative_slope', 1]])),
    () => act.sample('relu', { from: 1, to: 0 }),
  ];
  const firstInvalid = 9;
  for (let i = 0; i < count; i++) {
    const index = next() < 0.75 ? Math.floor(next() * firstInvalid) : firstInvalid + Math.floor(next() * (calls.length - firstInvalid));
    try {
      calls[index]();
    } catch (error) {
      if (!(error instanceof TypeError || error instanceof RangeError)) throw error;
      errors += 1;
    }
  }
  return errors;
}

// allocate/free cycles: fill, apply in place, read back, free; one buffer
// in a hundred is dropped without free() for the garbage collector, and
// the loop yields now and then so its releases run.
async function bufferCycles(act, next, count) {
  for (let i = 0; i < count; i++) {
    const length = 1 + Math.floor(next() * 4096);
    const buffer = act.allocate(length, next() < 0.5 ? 'float32' : 'float64');
    buffer.array[0] = -1;
    if (length > 2) buffer.set([2, -3], 1);
    act.apply('leaky_relu', buffer, { negative_slope: 0.5 }, buffer);
    if (buffer.toArray()[0] !== -0.5) throw new Error(`cycle ${i}: wrong value ${buffer.toArray()[0]}`);
    if (next() >= 0.01) buffer.free();
    if (i % 1000 === 999) await new Promise((resolve) => setImmediate(resolve));
  }
}

const mib = (bytes) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;

async function soak(build, calls, cycles, seed) {
  const act = await loadActivations({ build });
  const next = random(seed);
  // Warm-up: a tenth of the work, to reach the working set's high-water mark.
  mixedCalls(act, next, Math.ceil(calls / 10));
  await bufferCycles(act, next, Math.ceil(cycles / 10));
  const before = await measure(act);

  let start = performance.now();
  const errors = mixedCalls(act, next, calls);
  const callSeconds = (performance.now() - start) / 1000;
  const afterCalls = await measure(act);
  start = performance.now();
  await bufferCycles(act, next, cycles);
  const cycleSeconds = (performance.now() - start) / 1000;
  const after = await measure(act);

  console.log(`\n${act.build} build: ${calls} mixed calls (${errors} invalid, each a TypeError/RangeError), ${cycles} allocate/free cycles`);
  const row = (m) => ({ 'WASM memory': mib(m.wasm), 'free top at': m.top, RSS: mib(m.rss), 'JS heap': mib(m.heap) });
  console.table({ 'after warm-up': row(before), 'after the calls': row(afterCalls), 'after the cycles': row(after) });
  console.log(`calls per second: ${Math.round(calls / callSeconds)}; allocate/free cycles per second: ${Math.round(cycles / cycleSeconds)}`);
  const grew = Math.max(after.wasm, afterCalls.wasm) > before.wasm;
  const moved = Math.max(after.top, afterCalls.top) > before.top;
  if (grew) console.error(`FAIL: WASM memory grew from ${mib(before.wasm)} to ${mib(Math.max(after.wasm, afterCalls.wasm))} with nothing kept`);
  if (moved) console.error(`FAIL: the heap's free top moved from ${before.top} to ${Math.max(after.top, afterCalls.top)} with nothing kept: a leak`);
  return !grew && !moved;
}

const builds = options.build === 'both' ? ['simd', 'scalar'] : [options.build];
let ok = true;
for (const build of builds) ok = (await soak(build, Number(options.calls), Number(options.cycles), Number(options.seed))) && ok;
process.exit(ok ? 0 : 1);
