// The JS API over the C++ core: validated calls, results in arrays the
// caller owns. Every value is computed by the WASM module; this file only
// checks arguments and moves numbers in and out of WASM memory (through
// the modules in api/).
//
// Every call reads and checks all its arguments first, into plain values;
// only then does it write the parameters to WASM memory and call the core.
// No caller code (a getter, a Proxy trap) runs after that point, so a
// re-entrant call cannot change another call's parameters.
import {
  KINK_CONVENTIONS,
  checkActivationName,
  checkLoadOptions,
  checkNumber,
  checkOptions,
  checkSampleOptions,
  checkSampleRange,
  namedParams,
  resolveParams,
} from './api/check-arguments.js';
import { createArrayCalls } from './api/array-calls.js';
import { loadCore, resolveBuild } from './api/load-core.js';
import { listFrom, propertiesFrom, publicSpec } from './api/registry-list.js';
import { createSampler } from './api/sample.js';
import { WasmBuffer, checkBufferLength, checkBufferType } from './api/wasm-buffer.js';

export { KINK_CONVENTIONS };

const loading = new Map();

// Loads the WASM core once per build; every call returns the same promise.
// `build` is 'auto' (SIMD where the engine supports it), 'simd' or
// 'scalar'. Bad options and a failed load reject (never throw); a failed
// load lets a later call try again.
export function loadActivations(options) {
  let build;
  try {
    build = resolveBuild(checkLoadOptions(options));
  } catch (error) {
    return Promise.reject(error);
  }
  if (!loading.has(build)) {
    const promise = loadCore(build).then(
      (core) => createApi(core, build),
      (error) => {
        loading.delete(build);
        throw new Error(`could not load the activations WASM module: ${error?.message ?? error}`, { cause: error });
      },
    );
    loading.set(build, promise);
  }
  return loading.get(build);
}

function createApi(core, build) {
  const { maxParams, list, names } = listFrom(core.registryJson());
  const byName = new Map(list.map((spec) => [spec.name, spec]));

  // Fixed blocks in WASM memory, allocated once: the parameters of the
  // current call, and (in the modules below) breakpoints and the chunk
  // scratch. Heap views are read from `core` at each use because memory
  // growth replaces them.
  const paramsPtr = core._malloc(8 * maxParams);
  const writeParams = (values) => {
    if (values.length) core.HEAPF64.set(values, paramsPtr / 8);
  };
  const { elementwise, runChunked } = createArrayCalls(core, paramsPtr, writeParams);
  const sample = createSampler(core, paramsPtr, runChunked);

  // Reads and checks the name and parameters; nothing is written yet. A
  // name may be another library's, 'keras:leaky_relu': the registry entry
  // it names, with that library's defaults under the caller's parameters.
  function resolve(name, params) {
    const named = names.named(name);
    const spec = checkActivationName(named ? named.name : name, byName);
    return { spec, values: resolveParams(params, spec, named?.params) };
  }

  const applyKernels = { f32: core.applyF32, f64: core.applyF64 };
  const gradientKernels = { f32: core.gradientF32, f64: core.gradientF64 };

  return Object.freeze({
    // Which module is running: 'simd' or 'scalar'.
    build,

    list: () => list.map(publicSpec),

    // Another library's name: { name, params } with that library's defaults.
    resolve: (library, name) => names.resolve(library, name),

    // The libraries resolve() knows: [{ key, label }].
    libraries: () => names.libraries(),

    allocate(length, type = 'float32') {
      return new WasmBuffer(core, checkBufferType(type), checkBufferLength(length));
    },

    checkParams(name, params, options) {
      const { spec, values } = resolve(name, params);
      checkOptions(options);
      return namedParams(values, spec);
    },

    evaluate(name, x, params) {
      const { spec, values } = resolve(name, params);
      checkNumber(x, 'x');
      writeParams(values);
      return core.value(spec.id, x, paramsPtr);
    },

    derivative(name, x, params, options) {
      const { spec, values } = resolve(name, params);
      const kink = checkOptions(options);
      checkNumber(x, 'x');
      writeParams(values);
      return core.derivative(spec.id, x, paramsPtr, kink);
    },

    apply(name, input, params, out) {
      const { spec, values } = resolve(name, params);
      return elementwise(spec, values, input, out, applyKernels, []);
    },

    gradient(name, input, params, out, options) {
      const { spec, values } = resolve(name, params);
      const kink = checkOptions(options);
      return elementwise(spec, values, input, out, gradientKernels, [kink]);
    },

    sample(name, range, params, options) {
      const { spec, values } = resolve(name, params);
      const checkedRange = checkSampleRange(range);
      const { kink, into } = checkSampleOptions(options, checkedRange.count);
      writeParams(values);
      return sample(spec, checkedRange, kink, into);
    },

    // The properties at these parameters, or null where the core states
    // them only at the defaults (core/include/activations/properties_at.hpp).
    properties(name, params) {
      const { spec, values } = resolve(name, params);
      writeParams(values);
      const properties = JSON.parse(core.propertiesJson(spec.id, paramsPtr));
      return properties && propertiesFrom(properties);
    },
  });
}
