// The JS API for what an activation does to a Gaussian input: moments,
// gains, mean-field fixed points and their iterates, the density of f(z),
// and f″. Every number comes from the core; this module checks arguments
// (TypeError for the wrong kind of value, RangeError for a value not
// allowed, each naming it) and turns the core's statuses into errors.
//
// createMomentsApi receives what it shares with the main API
// (web/src/activations.js): the core, `prepare` (checks the name and
// parameters and writes them to WASM memory), the parameters' address,
// the chunked array runner, `describe` and two argument checks.

const STATUS = ['ok', 'bad-argument', 'not-finite', 'not-converged', 'no-finite-fixed-point', 'no-closed-form'];

// Point masses read back per density call; the registry's functions have
// at most three flat pieces.
const MASS_CAPACITY = 16;

export function createMomentsApi({ core, prepare, paramsPtr, runChunked, describe, checkOptions, checkSampleRange }) {
  const isPlainObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v) && !ArrayBuffer.isView(v);

  function checkFields(value, what, example, allowed) {
    if (!isPlainObject(value)) throw new TypeError(`${what} must be an object like ${example}, got ${describe(value)}`);
    for (const key of Object.keys(value)) {
      if (!allowed.includes(key)) throw new RangeError(`unknown ${what} field ${describe(key)} (expected: ${allowed.join(', ')})`);
    }
    return value;
  }

  function finite(value, what) {
    if (typeof value !== 'number') throw new TypeError(`${what} must be a number, got ${describe(value)}`);
    if (!Number.isFinite(value)) throw new RangeError(`${what} = ${describe(value)} must be finite`);
    return value;
  }

  function atLeastZero(value, what) {
    finite(value, what);
    if (value < 0) throw new RangeError(`${what} = ${describe(value)} must be at least 0`);
    return value;
  }

  function positive(value, what) {
    finite(value, what);
    if (!(value > 0)) throw new RangeError(`${what} = ${describe(value)} must be greater than 0`);
    return value;
  }

  function count(value, what, fallback, max) {
    if (value === undefined) return fallback;
    if (typeof value !== 'number') throw new TypeError(`${what} must be a number, got ${describe(value)}`);
    if (!Number.isInteger(value) || value < 1 || value > max) throw new RangeError(`${what} = ${describe(value)} must be an integer from 1 to ${max}`);
    return value;
  }

  function gaussian(z) {
    checkFields(z, 'distribution', '{ mean: 0, sd: 1 }', ['mean', 'sd']);
    return { mean: finite(z.mean ?? 0, 'distribution.mean'), sd: positive(z.sd ?? 1, 'distribution.sd') };
  }

  function layer(init) {
    checkFields(init, 'layer', '{ weightVariance: 1, biasVariance: 0 }', ['weightVariance', 'biasVariance', 'start', 'count']);
    return {
      weightVariance: atLeastZero(init.weightVariance ?? 1, 'layer.weightVariance'),
      biasVariance: atLeastZero(init.biasVariance ?? 0, 'layer.biasVariance'),
      start: atLeastZero(init.start ?? 1, 'layer.start'),
    };
  }

  function weights(options) {
    checkFields(options ?? {}, 'weights', '{ weightSum: 0, weightSquareSum: 1, start: { mean: 0, variance: 1 } }',
      ['weightSum', 'weightSquareSum', 'start', 'count']);
    const given = options ?? {};
    const start = checkFields(given.start ?? { mean: 0, variance: 1 }, 'weights.start', '{ mean: 0, variance: 1 }', ['mean', 'variance']);
    return {
      sum: finite(given.weightSum ?? 0, 'weights.weightSum'),
      squares: atLeastZero(given.weightSquareSum ?? 1, 'weights.weightSquareSum'),
      mean: finite(start.mean ?? 0, 'weights.start.mean'),
      variance: atLeastZero(start.variance ?? 1, 'weights.start.variance'),
    };
  }

  // A core status other than ok, as an error that says what failed.
  function fail(status, what) {
    const code = STATUS[status] ?? 'unknown';
    const reason = {
      'not-finite': 'a moment overflows double precision (or E[f(z)²] is 0)',
      'not-converged': 'the quadrature did not reach its tolerance within its work bound',
      'no-finite-fixed-point': 'the map has no finite fixed point: its iterates grow without bound',
      'bad-argument': 'the core rejected an argument',
    }[code] ?? `status ${status}`;
    const error = new RangeError(`${what}: ${reason}`);
    error.code = code;
    return error;
  }

  const describeGaussian = ({ mean, sd }) => `N(${mean}, ${sd}²)`;

  const breakpointCapacity = core.breakpointCapacity();
  const breakpointsPtr = core._malloc(8 * breakpointCapacity);
  function breakpointsOf(spec) {
    const n = core.breakpoints(spec.id, paramsPtr, breakpointsPtr);
    return Array.from(core.HEAPF64.subarray(breakpointsPtr / 8, breakpointsPtr / 8 + n));
  }

  function varianceMap(spec, { weightVariance, biasVariance }, q) {
    const out = core.varianceMap(spec.id, paramsPtr, weightVariance, biasVariance, q);
    if (out.status !== 0) throw fail(out.status, `${spec.name} variance map at q = ${q}`);
    return out.value;
  }

  return {
    secondDerivative(name, x, params, options) {
      const spec = prepare(name, params);
      const kink = checkOptions(options);
      if (typeof x !== 'number') throw new TypeError(`x must be a number, got ${describe(x)}`);
      return core.secondDerivative(spec.id, x, paramsPtr, kink);
    },

    // f″ on a grid, and at each breakpoint inside it f″'s one-sided values
    // and the jumps of f′ and f″ there: a jump of f′ is a point mass of f″,
    // to be drawn as the jump of f′, never as a spike.
    sampleSecondDerivative(name, range, params, options) {
      const spec = prepare(name, params);
      const kink = checkOptions(options);
      const { from, to, count: n } = checkSampleRange(range);
      const x = new Float64Array(n);
      const step = (to - from) / (n - 1);
      for (let i = 0; i < n; i++) x[i] = from + step * i;
      x[n - 1] = to;
      const ddy = runChunked('f64', x, new Float64Array(n), (ptr, m) => core.secondDerivativeF64(spec.id, ptr, ptr, m, paramsPtr, kink));
      const points = breakpointsOf(spec);
      const breaks = points
        .filter((b) => b >= from && b <= to)
        .map((b) => {
          const at = (k) => core.secondDerivative(spec.id, b, paramsPtr, k);
          const slope = (k) => core.derivative(spec.id, b, paramsPtr, k);
          const ddyAt = { left: at(1), at: at(kink), right: at(2) };
          return { x: b, ddy: ddyAt, derivativeJump: slope(2) - slope(1), secondDerivativeJump: ddyAt.right - ddyAt.left };
        });
      return { x, ddy, breaks };
    },

    moments(name, distribution, params) {
      const spec = prepare(name, params);
      const z = gaussian(distribution);
      const out = core.moments(spec.id, paramsPtr, z.mean, z.sd);
      if (out.status !== 0) throw fail(out.status, `${spec.name} at ${describeGaussian(z)}`);
      return {
        mean: out.mean,
        meanSquare: out.meanSquare,
        variance: out.variance,
        derivativeMean: out.derivativeMean,
        derivativeMeanSquare: out.derivativeMeanSquare,
      };
    },

    gain(name, params) {
      const spec = prepare(name, params);
      const out = core.gain(spec.id, paramsPtr);
      if (out.status !== 0) throw fail(out.status, `${spec.name} gain`);
      return { variancePreserving: out.variancePreserving, pytorch: out.hasPytorch ? out.pytorch : null, note: out.note };
    },

    fixedPoint(name, init, params) {
      const spec = prepare(name, params);
      const l = layer(init ?? {});
      const out = core.fixedPoint(spec.id, paramsPtr, l.weightVariance, l.biasVariance, l.start);
      const what = `${spec.name} with weightVariance = ${l.weightVariance}, biasVariance = ${l.biasVariance}`;
      if (out.status !== 0) throw fail(out.status, what);
      return { q: out.q, chi: out.chi, iterations: out.evaluations, mean: out.mean, variance: out.variance };
    },

    varianceMap(name, init, q, params) {
      const spec = prepare(name, params);
      const l = layer(init ?? {});
      return varianceMap(spec, l, atLeastZero(q, 'q'));
    },

    // q₀ = start, q₁ = M(q₀), …: the cobweb's steps. Stops early where the
    // iterates pass 1e300 (no finite fixed point).
    varianceIterates(name, init, params) {
      const spec = prepare(name, params);
      const l = layer(init ?? {});
      const steps = count(init?.count, 'layer.count', 20, 10000);
      const q = [l.start];
      for (let i = 0; i < steps && q[q.length - 1] <= 1e300; i++) q.push(varianceMap(spec, l, q[q.length - 1]));
      return Float64Array.from(q);
    },

    meanVarianceIterates(name, options, params) {
      const spec = prepare(name, params);
      const w = weights(options);
      const steps = count(options?.count, 'weights.count', 20, 10000);
      const points = [{ mean: w.mean, variance: w.variance }];
      for (let i = 0; i < steps; i++) {
        const last = points[points.length - 1];
        if (!(last.variance <= 1e300)) break;
        const out = core.meanVarianceMap(spec.id, paramsPtr, w.sum, w.squares, last.mean, last.variance);
        if (out.status !== 0) throw fail(out.status, `${spec.name} (mean, variance) map`);
        points.push({ mean: out.mean, variance: out.variance });
      }
      return points;
    },

    meanVarianceFixedPoint(name, options, params) {
      const spec = prepare(name, params);
      const w = weights(options);
      const out = core.meanVarianceFixedPoint(spec.id, paramsPtr, w.sum, w.squares, w.mean, w.variance);
      if (out.status !== 0) throw fail(out.status, `${spec.name} (mean, variance) map`);
      return { mean: out.mean, variance: out.variance, iterations: out.iterations };
    },

    // The density of f(z) on `count` points of y (from `from` to `to`, or
    // the central range of f(z) when neither is given) and the point masses.
    density(name, distribution, params, options) {
      const spec = prepare(name, params);
      const z = gaussian(distribution);
      const o = checkFields(options ?? {}, 'density options', '{ count: 256 }', ['count', 'from', 'to']);
      const n = count(o.count, 'density options.count', 256, core.maxDensityPoints());
      if (n < 2) throw new RangeError(`density options.count = ${n} must be at least 2`);
      let from = 0;
      let to = 0;
      if (o.from !== undefined || o.to !== undefined) {
        from = finite(o.from, 'density options.from');
        to = finite(o.to, 'density options.to');
        if (!(from < to)) throw new RangeError(`density options.from (${from}) must be less than options.to (${to})`);
      }
      const bytes = 8 * (2 * n + 2 * MASS_CAPACITY);
      const block = core._malloc(bytes);
      if (!block) throw new RangeError(`no WASM memory for ${n} density points`);
      try {
        const yPtr = block;
        const densityPtr = block + 8 * n;
        const massPtr = block + 16 * n;
        const out = core.density(spec.id, paramsPtr, z.mean, z.sd, n, from, to, yPtr, densityPtr, massPtr, MASS_CAPACITY);
        if (out.status !== 0) throw fail(out.status, `${spec.name} density at ${describeGaussian(z)}`);
        const heap = core.HEAPF64;  // read after the call: memory may have grown
        const y = heap.slice(yPtr / 8, yPtr / 8 + n);
        const density = heap.slice(densityPtr / 8, densityPtr / 8 + n);
        const masses = [];
        for (let i = 0; i < Math.min(out.massCount, MASS_CAPACITY); i++) {
          masses.push({ value: heap[massPtr / 8 + 2 * i], probability: heap[massPtr / 8 + 2 * i + 1] });
        }
        return { y, density, masses };
      } finally {
        core._free(block);
      }
    },
  };
}
