// What the playground's state means for the shared curve plot: the visible
// curves with their labels and colours, the view, and the typed inputs to
// mark. The plot panel, the exports and the readout all draw from it.
import { curveLabel } from '../curves/curve.js';
import { DEFAULT_VIEW_X } from './url-state.js';
import { parsedInputs } from './inputs.js';

// Marked inputs are capped: beyond this many the plot would be all markers.
export const MAX_MARKED_INPUTS = 200;

// Every curve of the state with what the plot needs, hidden ones included
// (`visible` says which are drawn). Colours follow the curve's position.
export function sceneCurves(state, byName) {
  return state.curves.map((curve, i) => {
    const spec = byName.get(curve.name);
    return {
      name: curve.name,
      params: curve.params,
      colourIndex: i,
      visible: curve.visible,
      derivative: curve.derivative,
      showDerivative: curve.derivative && state.derivatives,
      // f″ comes from the analysis module: drawn once it has arrived
      // (state.analysis, main.js), and said to be loading until then.
      showSecondDerivative: curve.secondDerivative === true && state.analysis === true,
      secondDerivativeLoading: curve.secondDerivative === true && state.analysis !== true,
      label: curveLabel(curve, spec),
      formula: spec.formula,
    };
  });
}

export function sceneOf(state, byName) {
  const inputs = parsedInputs(state.inputs);
  // The first MAX_MARKED_INPUTS finite inputs, found without a pass over
  // all of them (a frame with 100,000 inputs looks at a few hundred).
  const markers = [];
  for (let i = 0; i < inputs.count && markers.length < MAX_MARKED_INPUTS; i++) {
    if (Number.isFinite(inputs.xs[i])) markers.push({ value: inputs.xs[i], text: inputs.textOf(i) });
  }
  return {
    curves: sceneCurves(state, byName).filter((curve) => curve.visible),
    kink: state.kink,
    view: state.view ?? { ...DEFAULT_VIEW_X },
    markers: markers.map((v) => ({ value: v.value, text: v.text })),
    inset: state.inset ?? undefined,
  };
}
