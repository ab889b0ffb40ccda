// The words for what a curve plot shows: the canvas' text alternative and
// the hover readout, for the playground and <activation-plot> alike.
// Numbers are formatted by the caller's `format` (curves/curve.js's
// formatReadout), so this module needs no registry.

// The text alternative of a frame (curve-plot.js). Curves carry `label`
// and `formula`; `propertiesOf(curve)`, where given, is the curve's
// properties line (curves/properties-text.js).
export function describeFrame(frame, format, propertiesOf) {
  const { scene, view } = frame;
  if (scene.curves.length === 0) return 'Plot with every curve hidden.';
  const labels = scene.curves.map((curve) => curve.label);
  const parts = [
    `Plot of ${labels.join(', ')}: f solid, f′ dashed; x from ${format(view.xMin)} to ${format(view.xMax)}, y from ${format(view.yMin)} to ${format(view.yMax)}.`,
    ...scene.curves.map((curve) => `${curve.label}: ${curve.formula}${propertiesOf ? `; ${propertiesOf(curve)}` : ''}.`),
  ];
  const dashed = scene.curves.filter((curve) => curve.showDerivative).map((curve) => curve.label);
  if (dashed.length) parts.push(`Dashed: the derivative f′ of ${dashed.join(' and ')} (${scene.kink} convention at kinks).`);
  if (scene.markers.length) parts.push(`Marked points at x = ${scene.markers.map((p) => p.text).join(', ')}.`);
  return parts.join(' ');
}

// Values along the view, for screen readers: f at both ends and at 0.
export function describeValues(frame, valuesAt, format) {
  const { view, scene } = frame;
  const points = [view.xMin, ...(view.xMin < 0 && view.xMax > 0 ? [0] : []), view.xMax];
  return scene.curves
    .map((curve) => `${curve.label}: ${points.map((x) => `f(${format(x)}) = ${format(valuesAt(curve, x).f)}`).join(', ')}.`)
    .join(' ');
}

// "x = 1.5 · ReLU: f = 1.5, f′ = 1 · …" for the readout at x.
export function readoutText(x, rows, format) {
  const parts = rows.map(({ curve, f, df }) => `${curve.label}: f = ${format(f)}, f′ = ${format(df)}`);
  return `x = ${format(x)} · ${parts.join(' · ')}`;
}
