// The dying-ReLU view: the share of inputs whose gradient is exactly zero,
// per visible activation. A unit whose inputs all land there gets no
// gradient and stops learning; leaky variants keep it above zero.

// A reproducible normal sample (mulberry32 + Box–Muller), so a shared link
// shows the same numbers.
export function normalSample(n, mean, sd, seed) {
  let state = seed >>> 0;
  const uniform = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const values = new Float64Array(n);
  for (let i = 0; i < n; i += 2) {
    const radius = Math.sqrt(-2 * Math.log(1 - uniform()));  // 1 - u avoids log(0)
    const angle = 2 * Math.PI * uniform();
    values[i] = mean + sd * radius * Math.cos(angle);
    if (i + 1 < n) values[i + 1] = mean + sd * radius * Math.sin(angle);
  }
  return values;
}

// How many of `xs` get a zero gradient from the curve (computed by the core).
export function zeroGradientShare(act, curve, xs, kink) {
  const gradients = act.gradient(curve.name, xs, curve.params, undefined, { kink });
  let zero = 0;
  for (const g of gradients) if (g === 0) zero++;
  return { zero, total: xs.length };
}

export function renderShares(list, rows) {
  list.replaceChildren(
    ...rows.map(({ label, colourIndex, zero, total }) => {
      const item = document.createElement('li');
      const name = document.createElement('span');
      name.className = `share-label curve-colour-${colourIndex}`;
      name.textContent = label;
      const meter = document.createElement('meter');
      meter.min = 0;
      meter.max = 1;
      meter.value = total ? zero / total : 0;
      // Fewer dead inputs is better: the browser colours a high share as a warning.
      Object.assign(meter, { optimum: 0, low: 0.25, high: 0.5 });
      meter.setAttribute('aria-label', `${label}: share of inputs with zero gradient`);
      const value = document.createElement('span');
      value.className = 'share-value';
      value.textContent = total ? `${((100 * zero) / total).toFixed(1)}% (${zero} of ${total})` : 'no inputs';
      item.append(name, meter, value);
      return item;
    }),
  );
}
