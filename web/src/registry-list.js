// The registry as the JS API reads it, from the core's registryJson(): each
// activation with its id, and parameters in the form the argument checks
// use. Shared by the activations API and the lab's.
export function listFrom(registryJson) {
  const { maxParams, activations } = JSON.parse(registryJson);
  const list = activations.map((spec, id) => ({
    ...spec,
    id,
    // JSON has no infinity; a choice is named by its string, not its index.
    params: spec.params.map(({ choices, ...param }) =>
      choices
        ? { name: param.name, default: choices[param.default], choices, description: param.description }
        : { ...param, min: param.min ?? -Infinity, max: param.max ?? Infinity },
    ),
  }));
  return { maxParams, list };
}
