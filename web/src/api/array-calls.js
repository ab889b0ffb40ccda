// apply and gradient over arrays: JavaScript arrays pass through one fixed
// scratch block in WASM memory, chunk by chunk; WASM buffers are computed
// in place with no copy.
import { checkOutArray, readInputArray, writeNumbers } from './array-arguments.js';
import { describe } from './describe.js';
import { copyInto, copyOf, lengthOf, overlapsPartly, rangeOf, typedArrayName } from './typed-arrays.js';
import { WasmBuffer, addressOf, isWasmBuffer } from './wasm-buffer.js';

// Arrays pass through WASM memory in chunks of this many elements, so a
// call on any length needs only one fixed scratch block (512 KiB), and
// memory never grows with the input.
export const CHUNK_ELEMENTS = 1 << 16;

// `core` is the Emscripten module; `writeParams(values)` puts a call's
// parameters where the kernels read them (at `paramsPtr`).
export function createArrayCalls(core, paramsPtr, writeParams) {
  const scratchPtr = core._malloc(8 * CHUNK_ELEMENTS);

  // Runs `kernel(ptr, count)` in place over the scratch block, chunk by
  // chunk, from `input` into `out`: typed arrays of one element type that
  // are the same elements or share none. Runs no caller code, so nothing
  // can grow memory or rewrite the parameters between chunks.
  function runChunked(type, input, out, kernel) {
    const bytes = type === 'f32' ? 4 : 8;
    const base = scratchPtr / bytes;
    const length = lengthOf(input);
    for (let start = 0; start < length; start += CHUNK_ELEMENTS) {
      const count = Math.min(CHUNK_ELEMENTS, length - start);
      const heap = type === 'f32' ? core.HEAPF32 : core.HEAPF64;
      copyInto(heap, rangeOf(input, start, count), base);
      kernel(scratchPtr, count);
      copyInto(out, heap.subarray(base, base + count), start);
    }
    return out;
  }

  // The zero-copy path: both sides in WASM memory, one kernel call.
  function onBuffers(spec, values, input, out, kernels, extraArgs) {
    const source = addressOf(input, core, 'input');
    if (out !== undefined && out !== null && !isWasmBuffer(out)) {
      throw new TypeError(`out must be a WasmBuffer when the input is one, got ${describe(out)}`);
    }
    if (out) {
      addressOf(out, core, 'out');
      if (out.type !== input.type) throw new TypeError(`out is a ${out.type} buffer but the input is ${input.type}; they must match`);
      if (out.length !== input.length) {
        throw new RangeError(`out has length ${out.length} but the input has length ${input.length}; they must match`);
      }
    }
    const target = out ?? new WasmBuffer(core, input.type, input.length);
    const kernel = input.type === 'float32' ? kernels.f32 : kernels.f64;
    writeParams(values);
    kernel(spec.id, source, addressOf(target, core, 'out'), input.length, paramsPtr, ...extraArgs);
    return target;
  }

  // f or f′ element-wise (`kernels` = { f32, f64 } of the core), into `out`
  // or a new array of the input's kind. Every argument is read and checked
  // before the parameters are written; a partly overlapping `out` gets the
  // result of applying to a copy of the input.
  function elementwise(spec, values, input, out, kernels, extraArgs) {
    if (isWasmBuffer(input)) return onBuffers(spec, values, input, out, kernels, extraArgs);
    if (isWasmBuffer(out)) throw new TypeError('out is a WasmBuffer but the input is not; pass both in WASM memory or neither');
    const { kind, data } = readInputArray(input);
    const given = out === undefined || out === null ? undefined : checkOutArray(out, kind, lengthOf(data));
    const outIsTyped = given !== undefined && typedArrayName(given) !== undefined;
    const type = kind === 'f32' ? 'f32' : 'f64';
    const length = lengthOf(data);
    const target = outIsTyped ? given : type === 'f32' ? new Float32Array(length) : new Float64Array(length);
    const source = outIsTyped && overlapsPartly(data, target) ? copyOf(data) : data;
    const kernel = type === 'f32' ? kernels.f32 : kernels.f64;
    writeParams(values);
    runChunked(type, source, target, (ptr, count) => kernel(spec.id, ptr, ptr, count, paramsPtr, ...extraArgs));
    if (given === undefined) return kind === 'array' ? toPlainArray(target) : target;
    return outIsTyped ? out : writeNumbers(out, target);
  }

  return { elementwise, runChunked };
}

function toPlainArray(numbers) {
  const array = new Array(numbers.length);
  for (let i = 0; i < numbers.length; i++) array[i] = numbers[i];
  return array;
}
