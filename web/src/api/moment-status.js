// The core's statuses of a moment, map or fixed-point call, turned into
// the errors the JS API throws.

// The core's MomentStatus values (core/include/activations/moments.hpp), as
// the `code` of the error that reports them.
const STATUS_CODES = ['ok', 'bad-argument', 'not-finite', 'not-converged', 'no-finite-fixed-point', 'no-closed-form'];
const REASONS = {
  'bad-argument': 'the core rejected an argument',
  'not-finite': 'a moment overflows double precision (or E[f(z)²] is 0)',
  'not-converged': 'the quadrature did not reach its tolerance within its work bound',
  'no-finite-fixed-point': 'the map has no finite fixed point: its iterates grow without bound',
};

export function failure(status, what) {
  const code = STATUS_CODES[status] ?? 'unknown';
  return Object.assign(new RangeError(`${what}: ${REASONS[code] ?? `status ${status}`}`), { code });
}

