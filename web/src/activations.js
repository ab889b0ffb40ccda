// The JS API over the C++ core: validated calls, results in arrays the
// caller owns. Every value is computed by the WASM module; this file only
// checks arguments and moves numbers in and out of WASM memory.
import {
  KINK_CONVENTIONS,
  checkActivationName,
  checkInputArray,
  checkNumber,
  checkOptions,
  checkOutArray,
  checkParams,
  checkSampleRange,
} from './api/check-arguments.js';
import { describe } from './api/describe.js';
import { createMomentsApi } from './api/moments.js';
import { loadCore, resolveBuild } from './api/load-core.js';
import { WasmBuffer, addressOf, checkBufferLength, checkBufferType, isWasmBuffer } from './api/wasm-buffer.js';

export { KINK_CONVENTIONS };

// Arrays pass through WASM memory in chunks of this many elements, so a
// call on any length needs only one fixed scratch block (512 KiB), and
// memory never grows with the input.
const CHUNK_ELEMENTS = 1 << 16;

const LEFT = KINK_CONVENTIONS.indexOf('left');
const RIGHT = KINK_CONVENTIONS.indexOf('right');

const loading = new Map();

// Loads the WASM core once per build; every call returns the same promise.
// `build` is 'auto' (SIMD where the engine supports it), 'simd' or
// 'scalar'. A failed load rejects with the reason and lets a later call try
// again.
export function loadActivations({ build = 'auto' } = {}) {
  if (!['auto', 'simd', 'scalar'].includes(build)) {
    return Promise.reject(new RangeError(`build must be "auto", "simd" or "scalar", got ${describe(build)}`));
  }
  const resolved = resolveBuild(build);
  if (!loading.has(resolved)) {
    const promise = loadCore(resolved).then(
      (core) => createApi(core, resolved),
      (error) => {
        loading.delete(resolved);
        throw new Error(`could not load the activations WASM module: ${error?.message ?? error}`, { cause: error });
      },
    );
    loading.set(resolved, promise);
  }
  return loading.get(resolved);
}

function listFrom(registryJson) {
  const { maxParams, activations } = JSON.parse(registryJson);
  const list = activations.map((spec, id) => ({
    ...spec,
    id,
    // JSON has no infinity; a choice is named by its string, not its index.
    params: spec.params.map(({ choices, ...param }) =>
      choices
        ? { name: param.name, default: choices[param.default], choices, description: param.description }
        : { ...param, min: param.min ?? -Infinity, max: param.max ?? Infinity },
    ),
  }));
  return { maxParams, list };
}

// A deep copy without the internal id, so callers can't alter the registry.
const publicSpec = ({ id, ...spec }) => ({
  ...spec,
  params: spec.params.map((param) => ({
    ...param,
    ...(param.choices && { choices: [...param.choices] }),
    ...(param.presets && { presets: param.presets.map((preset) => ({ ...preset })) }),
  })),
  orders: spec.orders.map((order) => ({ ...order })),
  secondDerivative: { ...spec.secondDerivative },
});

function createApi(core, build) {
  const { maxParams, list } = listFrom(core.registryJson());
  const byName = new Map(list.map((spec) => [spec.name, spec]));
  const breakpointCapacity = core.breakpointCapacity();

  // Fixed blocks in WASM memory, allocated once: the parameters of the
  // current call, breakpoints, and the chunk scratch. Heap views are read
  // from `core` at each use because memory growth replaces them.
  const paramsPtr = core._malloc(8 * maxParams);
  const breakpointsPtr = core._malloc(8 * breakpointCapacity);
  const scratchPtr = core._malloc(8 * CHUNK_ELEMENTS);
  const paramValues = new Float64Array(maxParams);

  function prepare(name, params) {
    const spec = checkActivationName(name, byName);
    checkParams(params, spec, paramValues);
    core.HEAPF64.set(paramValues, paramsPtr / 8);
    return spec;
  }

  // Runs `kernel(ptr, count)` in place over WASM scratch, chunk by chunk,
  // from `input` into `out` (which may be `input`).
  function runChunked(kind, input, out, kernel) {
    const bytes = kind === 'f32' ? 4 : 8;
    const base = scratchPtr / bytes;
    for (let start = 0; start < input.length; start += CHUNK_ELEMENTS) {
      const count = Math.min(CHUNK_ELEMENTS, input.length - start);
      const heap = kind === 'f32' ? core.HEAPF32 : core.HEAPF64;
      if (kind === 'array') {
        for (let i = 0; i < count; i++) heap[base + i] = input[start + i];
      } else {
        heap.set(input.subarray(start, start + count), base);
      }
      kernel(scratchPtr, count);
      if (Array.isArray(out)) {
        for (let i = 0; i < count; i++) out[start + i] = heap[base + i];
      } else {
        out.set(heap.subarray(base, base + count), start);
      }
    }
    return out;
  }

  function newOutput(kind, length) {
    if (kind === 'f32') return new Float32Array(length);
    if (kind === 'f64') return new Float64Array(length);
    return new Array(length).fill(0);
  }

  // The zero-copy path: both sides in WASM memory, one kernel call.
  function inPlaceOrInto(spec, input, out, kernels, extraArgs) {
    const source = addressOf(input, core, 'input');
    if (out !== undefined && out !== null && !isWasmBuffer(out)) {
      throw new TypeError(`out must be a WasmBuffer when the input is one, got ${describe(out)}`);
    }
    const target = out ?? new WasmBuffer(core, input.type, input.length);
    const destination = addressOf(target, core, 'out');
    if (target.type !== input.type) throw new TypeError(`out is a ${target.type} buffer but the input is ${input.type}; they must match`);
    if (target.length !== input.length) {
      throw new RangeError(`out has length ${target.length} but the input has length ${input.length}; they must match`);
    }
    const kernel = input.type === 'float32' ? kernels.f32 : kernels.f64;
    kernel(spec.id, source, destination, input.length, paramsPtr, ...extraArgs);
    return target;
  }

  function elementwise(name, input, params, out, kernels, extraArgs) {
    const spec = prepare(name, params);
    if (isWasmBuffer(input)) return inPlaceOrInto(spec, input, out, kernels, extraArgs);
    if (isWasmBuffer(out)) throw new TypeError('out is a WasmBuffer but the input is not; pass both in WASM memory or neither');
    const kind = checkInputArray(input);
    const target = out === undefined || out === null ? newOutput(kind, input.length) : checkOutArray(out, input, kind);
    const kernel = kind === 'f32' ? kernels.f32 : kernels.f64;
    return runChunked(kind, input, target, (ptr, count) => kernel(spec.id, ptr, ptr, count, paramsPtr, ...extraArgs));
  }

  function breaksWithin(spec, from, to, kink) {
    const count = core.breakpoints(spec.id, paramsPtr, breakpointsPtr);
    const points = Array.from(core.HEAPF64.subarray(breakpointsPtr / 8, breakpointsPtr / 8 + count));
    const value = (x) => core.value(spec.id, x, paramsPtr);
    const derivative = (x, k) => core.derivative(spec.id, x, paramsPtr, k);
    return points
      .filter((x) => x >= from && x <= to)
      .map((x) => ({
        x,
        // f's one-sided limits are read at the neighbouring doubles; f''s
        // are the left and right conventions, which are defined as them.
        y: { left: value(nextDouble(x, -1)), at: value(x), right: value(nextDouble(x, 1)) },
        dy: { left: derivative(x, LEFT), at: derivative(x, kink), right: derivative(x, RIGHT) },
      }));
  }

  return Object.freeze({
    // Which module is running: 'simd' or 'scalar'.
    build,

    list: () => list.map(publicSpec),

    allocate(length, type = 'float32') {
      return new WasmBuffer(core, checkBufferType(type), checkBufferLength(length));
    },

    checkParams(name, params) {  // TEMPORARY SHIM
      try { prepare(name, params); } catch (e) { const m = /parameter (\w+)|(\w+) = /.exec(e.message); if (m) e.param = m[1] ?? m[2]; throw e; }
      return { ...params };
    },

    evaluate(name, x, params) {
      const spec = prepare(name, params);
      return core.value(spec.id, checkNumber(x, 'x'), paramsPtr);
    },

    derivative(name, x, params, options) {
      const spec = prepare(name, params);
      const kink = checkOptions(options);
      return core.derivative(spec.id, checkNumber(x, 'x'), paramsPtr, kink);
    },

    apply(name, input, params, out) {
      return elementwise(name, input, params, out, { f32: core.applyF32, f64: core.applyF64 }, []);
    },

    gradient(name, input, params, out, options) {
      const kink = checkOptions(options);
      return elementwise(name, input, params, out, { f32: core.gradientF32, f64: core.gradientF64 }, [kink]);
    },

    sample(name, range, params, options) {
      const spec = prepare(name, params);
      const kink = checkOptions(options);
      const { from, to, count } = checkSampleRange(range);
      const x = new Float64Array(count);
      const step = (to - from) / (count - 1);
      for (let i = 0; i < count; i++) x[i] = from + step * i;
      x[count - 1] = to;  // exact end point, whatever the rounding of step
      const y = runChunked('f64', x, new Float64Array(count), (ptr, n) => core.applyF64(spec.id, ptr, ptr, n, paramsPtr));
      const dy = runChunked('f64', x, new Float64Array(count), (ptr, n) =>
        core.gradientF64(spec.id, ptr, ptr, n, paramsPtr, kink),
      );
      return { x, y, dy, breaks: breaksWithin(spec, from, to, kink) };
    },

    // moments, gain, fixedPoint, secondDerivative and the rest: web/src/api/moments.js
    ...createMomentsApi({ core, prepare, paramsPtr, runChunked, describe, checkOptions, checkSampleRange }),
  });
}

// The neighbouring double of a finite x in `direction` (-1 or +1).
const bits = new BigInt64Array(1);
const asDouble = new Float64Array(bits.buffer);
function nextDouble(x, direction) {
  if (x === 0) return direction * Number.MIN_VALUE;
  asDouble[0] = x;
  bits[0] += (x > 0) === (direction > 0) ? 1n : -1n;
  return asDouble[0];
}
