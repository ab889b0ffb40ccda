// The registry as the JS API hands it out: parsed once from the core's
// JSON, with copies for callers so nobody can alter the table the checks
// read.
import { createLibraryNames } from './library-names.js';

export function listFrom(registryJson) {
  const { maxParams, activations, libraries, libraryNames } = JSON.parse(registryJson);
  const names = createLibraryNames({ libraries, libraryNames });
  const list = activations.map((spec, id) => ({
    ...spec,
    id,
    // JSON has no infinity; a choice is named by its string, not its index.
    params: spec.params.map(({ choices, ...param }) =>
      choices
        ? { name: param.name, default: choices[param.default], choices, description: param.description }
        : { ...param, min: param.min ?? -Infinity, max: param.max ?? Infinity },
    ),
    bounds: {
      ...spec.bounds,
      derivativeFloors: spec.bounds.derivativeFloors.map((floor) => ({ ...floor, halfWidth: floor.halfWidth ?? Infinity })),
    },
    properties: propertiesFrom(spec.properties),
    libraryNames: names.namesOf(spec.name),
  }));
  return { maxParams, list, names };
}

// JSON writes an unbounded end of an interval as null.
const intervalFrom = ({ low, high, ...ends }) => ({ low: low ?? -Infinity, high: high ?? Infinity, ...ends });

export function propertiesFrom(properties) {
  return {
    ...properties,
    range: properties.range.map(intervalFrom),
    decreasing: properties.decreasing.map(intervalFrom),
    zeroGradient: properties.zeroGradient.map(intervalFrom),
  };
}

// A deep copy without the internal id, so callers can't alter the registry.
export const publicSpec = ({ id, ...spec }) => ({
  ...spec,
  params: spec.params.map((param) => ({
    ...param,
    ...(param.choices && { choices: [...param.choices] }),
    ...(param.presets && { presets: param.presets.map((preset) => ({ ...preset })) }),
  })),
  orders: spec.orders.map((order) => ({ ...order })),
  bounds: structuredClone(spec.bounds),
  edges: { ...spec.edges },
  properties: structuredClone(spec.properties),
  libraryNames: structuredClone(spec.libraryNames),
});
