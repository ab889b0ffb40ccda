// The timings of one run, by activation, row and size. Rows shared by all
// activations (the bandwidth yardsticks) are stored under SHARED.
export const SHARED = '*';

export class Results {
  #timings = new Map();
  #skips = [];

  set(fn, row, n, timing) {
    this.#timings.set(`${fn}|${row}|${n}`, timing);
  }

  // A timing, looking in the shared rows when the activation has none.
  get(fn, row, n) {
    return this.#timings.get(`${fn}|${row}|${n}`) ?? this.#timings.get(`${SHARED}|${row}|${n}`);
  }

  // Elements per second of a row, or undefined when it was not measured.
  rate(fn, row, n) {
    const timing = this.get(fn, row, n);
    return timing && n / timing.seconds;
  }

  // How many times faster row `a` is than row `b` (throughput ratio).
  ratio(fn, a, n, b, fnB = fn) {
    const ra = this.rate(fn, a, n);
    const rb = this.rate(fnB, b, n);
    return ra && rb ? ra / rb : undefined;
  }

  skip(what, reason) {
    this.#skips.push(`${what}: ${reason}`);
  }

  get skips() {
    return [...this.#skips];
  }

  // The measurements whose interquartile range exceeds `limit` of the median.
  noisy(limit) {
    return [...this.#timings]
      .filter(([, timing]) => timing.spread > limit)
      .map(([key, timing]) => {
        const [fn, row, n] = key.split('|');
        return { fn, row, n: Number(n), spread: timing.spread };
      });
  }
}
