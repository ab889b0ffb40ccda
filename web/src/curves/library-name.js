// Another library's name for a curve, as links, attributes and the search
// box accept it: 'keras:leaky_relu' is the registry's leaky_relu with
// Keras' default slope 0.2. The API resolves it (act.resolve); this module
// only splits the text and lists every name for a picker.

// A resolver for curve texts: 'library:name' -> { name, params } (the
// library's defaults), undefined for a plain registry name; throws the
// API's RangeError (with its did-you-mean across libraries) for an
// unknown library or name.
export function libraryResolver(act) {
  return (text) => {
    const colon = text.indexOf(':');
    if (colon <= 0) return undefined;
    return act.resolve(text.slice(0, colon), text.slice(colon + 1));
  };
}

const paramsText = (params) => Object.entries(params).map(([key, value]) => `${key} = ${value}`).join(', ');

// Every name a picker can offer: the registry's own, then each library's,
// as { value (the text a link holds), label (what it means) }.
export function pickerNames(list, libraries) {
  const labels = new Map(libraries.map(({ key, label }) => [key, label]));
  const own = list.map((spec) => ({ value: spec.name, label: spec.label }));
  const others = list.flatMap((spec) => (spec.libraryNames ?? []).map((entry) => {
    const params = paramsText(entry.params);
    return { value: `${entry.library}:${entry.name}`, label: `${labels.get(entry.library)} ${entry.name} = ${spec.name}${params ? `, ${params}` : ''}`, note: entry.note };
  }));
  return [...own, ...others];
}

// "Keras 3 leaky_relu = leaky_relu, negative_slope = 0.2": what a library's
// name means here.
export function mappingText(entry) {
  return entry.note ? `${entry.label} (${entry.note})` : entry.label;
}
