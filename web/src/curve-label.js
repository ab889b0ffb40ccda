// A curve's name for legends, readouts and exports: the activation's label,
// plus the parameters that differ from their defaults.
export function curveLabel(activation, params) {
  const changed = activation.params
    .filter((p) => params[p.name] !== undefined && params[p.name] !== p.default)
    .map((p) => `${p.name} = ${params[p.name]}`);
  return changed.length ? `${activation.label} (${changed.join(', ')})` : activation.label;
}
