// What the plot's buttons compute from the frame on screen: the point to
// zoom about (the first curve's kink, else the origin), a view around the
// kink, and the region to magnify, where the curves differ too little to
// see at the main scale.

// The first visible curve's first breakpoint in view, with f there; else
// the origin when it is in view; else undefined.
export function zoomAnchor(frame, valuesAt) {
  if (!frame) return undefined;
  const { view, scene, samples } = frame;
  for (let i = 0; i < scene.curves.length; i++) {
    const kink = samples[i].breaks.find((b) => b.x >= view.xMin && b.x <= view.xMax);
    if (kink) return { x: kink.x, y: valuesAt(scene.curves[i], kink.x).f };
  }
  if (view.xMin <= 0 && view.xMax >= 0) return { x: 0, y: 0 };
  return undefined;
}

// A view 2 wide (or a quarter of the view, if smaller) centred on the
// anchor, y left to fit.
export function kinkView(frame, anchor) {
  const { view } = frame;
  const half = Math.min(1, (view.xMax - view.xMin) / 8);
  const centre = anchor?.x ?? (view.xMin + view.xMax) / 2;
  return { xMin: centre - half, xMax: centre + half, yMin: undefined, yMax: undefined };
}

// The region to magnify: half the view's width on the side of the anchor
// that reaches further (the negative side of a ReLU at the view's middle),
// with y fitted to the curves' values there, so their differences fill it.
export function magnifyRegion(frame, anchor, sample) {
  const { view, scene } = frame;
  const x0 = anchor?.x ?? (view.xMin + view.xMax) / 2;
  const width = (view.xMax - view.xMin) / 2;
  const left = x0 - view.xMin >= view.xMax - x0;
  const [xMin, xMax] = left ? [Math.max(view.xMin, x0 - width), x0] : [x0, Math.min(view.xMax, x0 + width)];
  if (!(xMin < xMax)) return undefined;
  let low = Infinity;
  let high = -Infinity;
  for (const curve of scene.curves) {
    const { y, dy } = sample(curve, xMin, xMax);
    for (const values of curve.showDerivative ? [y, dy] : [y]) {
      for (const v of values) {
        if (Number.isFinite(v)) {
          low = Math.min(low, v);
          high = Math.max(high, v);
        }
      }
    }
  }
  if (!(low <= high)) return undefined;
  const pad = Math.max((high - low) * 0.15, Math.abs(high + low) * 1e-9, 1e-6);
  return { xMin, xMax, yMin: low - pad, yMax: high + pad };
}
