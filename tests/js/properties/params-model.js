// Random parameter objects for property tests, each with what the API's
// contract says about it: the resolved parameters, or the error class and
// the parameter it must name. The model reads only act.list() (the
// registry's ranges, choices and ordering rules) and the documented rules,
// not the API's code.
import fc from 'fast-check';

// Numbers a parameter check must get right: the edges of every range.
const SPECIAL_NUMBERS = [0, -0, 1, -1, 0.5, 1e-300, -1e-300, 5e-324, 1e308, -1e308, Number.MAX_VALUE, -Number.MAX_VALUE, NaN, Infinity, -Infinity];

const notANumber = fc.oneof(
  fc.string({ maxLength: 6 }),
  fc.constantFrom(null, undefined, true, false, 1n, '1', [], {}, Symbol.iterator),
);

function numberFor(spec) {
  const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
  const inRange = Number.isFinite(spec.min) || Number.isFinite(spec.max)
    ? fc.double({
        min: Number.isFinite(spec.min) ? spec.min : -Number.MAX_VALUE,
        max: Number.isFinite(spec.max) ? spec.max : Number.MAX_VALUE,
        noNaN: true,
      })
    : finite;
  return fc.oneof(
    { weight: 6, arbitrary: inRange },
    { weight: 2, arbitrary: fc.constantFrom(...SPECIAL_NUMBERS, spec.min, spec.max, spec.default) },
    { weight: 1, arbitrary: fc.double() },
    { weight: 1, arbitrary: notANumber },
  );
}

function valueFor(spec) {
  if (!spec.choices) return numberFor(spec);
  return fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...spec.choices) },
    { weight: 1, arbitrary: fc.constantFrom(...spec.choices.map((c) => c.toUpperCase()), `${spec.choices[0]} `, '') },
    { weight: 1, arbitrary: notANumber },
  );
}

// The entries of a parameter object for `spec`: some of its parameters,
// sometimes an unknown key.
export function entriesFor(spec, { allowUnknown = true } = {}) {
  const known = spec.params.map((param) => fc.option(valueFor(param).map((value) => [param.name, value]), { freq: 2 }));
  const unknown = allowUnknown
    ? fc.option(fc.tuple(fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('alpha', 'beta', 'slope', '__proto__', '0', 'constructor')), fc.double()), { freq: 6 })
    : fc.constant(null);
  return fc.tuple(fc.tuple(...known), unknown).map(([pairs, extra]) => {
    const entries = pairs.filter(Boolean);
    if (extra && !spec.params.some((p) => p.name === extra[0])) entries.push(extra);
    return entries;
  });
}

// What the contract says about `entries` as the parameters of `spec`:
// { ok: true, resolved } or { ok: false, type, param }.
export function expectedParams(spec, entries) {
  const order = Object.keys(Object.fromEntries(entries.map(([key]) => [key, 0])));
  const given = new Map(entries);
  for (const key of order) {
    if (!spec.params.some((p) => p.name === key)) return { ok: false, type: RangeError, param: key };
  }
  const resolved = {};
  for (const param of spec.params) {
    const value = given.has(param.name) ? given.get(param.name) : param.default;
    if (param.choices) {
      if (!param.choices.includes(value)) return { ok: false, type: typeof value === 'string' ? RangeError : TypeError, param: param.name };
    } else {
      if (typeof value !== 'number') return { ok: false, type: TypeError, param: param.name };
      const above = param.minInclusive ? value >= param.min : value > param.min;
      const below = param.maxInclusive ? value <= param.max : value < param.max;
      if (!Number.isFinite(value) || !above || !below) return { ok: false, type: RangeError, param: param.name };
    }
    resolved[param.name] = value;
  }
  for (const { lower, upper, strict } of spec.orders) {
    const [a, b] = [resolved[lower], resolved[upper]];
    if (strict ? !(a < b) : !(a <= b)) {
      return { ok: false, type: RangeError, param: given.has(upper) || !given.has(lower) ? upper : lower };
    }
  }
  return { ok: true, resolved };
}

class ParamsHolder {
  constructor(entries) {
    for (const [key, value] of entries) this[key] = value;
  }
}

// The containers a caller might put parameters in, each with its expected
// effect: 'plain' ones are read as objects (getters and traps run once per
// key), the others are a TypeError.
export const containers = {
  plain: (entries) => Object.fromEntries(entries),
  nullProto: (entries) => Object.assign(Object.create(null), Object.fromEntries(entries)),
  frozen: (entries) => Object.freeze(Object.fromEntries(entries)),
  getters: (entries, reads) => {
    const object = {};
    for (const [key, value] of entries) {
      Object.defineProperty(object, key, { enumerable: true, get: () => { reads.count += 1; return value; } });
    }
    return object;
  },
  proxy: (entries, reads) => new Proxy(Object.fromEntries(entries), {
    get: (target, key) => { reads.count += 1; return Reflect.get(target, key); },
  }),
  map: (entries) => new Map(entries),
  instance: (entries) => new ParamsHolder(entries),
  array: (entries) => entries.map(([, value]) => value),
};
export const PLAIN_CONTAINERS = ['plain', 'nullProto', 'frozen', 'getters', 'proxy'];

// Whether two results are the same, value for value (NaN equals NaN, -0
// differs from 0).
export function sameValues(actual, expected) {
  if (actual.length !== expected.length) return false;
  for (let i = 0; i < expected.length; i++) if (!Object.is(actual[i], expected[i])) return false;
  return true;
}
