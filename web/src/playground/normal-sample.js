// A reproducible normal sample (mulberry32 + Box–Muller), so a shared link
// shows the same numbers on every machine.

// mulberry32: a 32-bit state advanced by a Weyl step and mixed; uniform
// numbers in [0, 1).
export function uniformSource(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// n values from N(mean, sd²), two per pair of uniforms (Box–Muller).
export function normalSample(n, mean, sd, seed) {
  const uniform = uniformSource(seed);
  const values = new Float64Array(n);
  for (let i = 0; i < n; i += 2) {
    const radius = Math.sqrt(-2 * Math.log(1 - uniform()));  // 1 - u avoids log(0)
    const angle = 2 * Math.PI * uniform();
    values[i] = mean + sd * radius * Math.cos(angle);
    if (i + 1 < n) values[i + 1] = mean + sd * radius * Math.sin(angle);
  }
  return values;
}
