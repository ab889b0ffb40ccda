// The playground's side of the Gaussian panels: which curves they show
// (the visible ones, the selected first), and every answer from
// curves/gaussian-answers.js, which <activation-plot> shares.
import { sceneCurves } from './scene.js';

export * from '../curves/gaussian-answers.js';

// The visible curves of the state (scene.js), the selected one first: the
// panels show it first and the q-map draws it.
export function visibleCurves(state, byName) {
  const curves = sceneCurves(state, byName).filter((curve) => curve.visible);
  return curves.sort((a, b) => (b.colourIndex === state.selected) - (a.colourIndex === state.selected));
}

// The analysis module the Gaussian panels' numbers come from, for
// when-visible.js: loaded when a panel first comes near the screen.
export const analysisNeeds = (act) => ({ loaded: act.analysisLoaded, load: act.analysisReady });
