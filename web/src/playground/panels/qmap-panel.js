// The q-map panel: how the variance of the pre-activations moves through
// the layers of a wide network (Poole et al. 2016; Schoenholz et al. 2017).
// For the selected curve, the map q ↦ σ_w² E[f(√q z)²] + σ_b² with the
// identity and the cobweb from q₀ to its fixed point q*; for every visible
// curve q*, χ = σ_w² E[f′(√q* z)²] and what χ means (ordered, chaotic, the
// edge of chaos); and Klambauer et al.'s (mean, variance) map under LeCun's
// initialisation, drawn from several starts (SELU's pulls them to (0, 1)).
// Every number comes from the core (gaussian-data.js).
import { formatReadout } from '../../curves/curve.js';
import { paintOnCanvas } from '../../plot/chart-canvas.js';
import { cobwebView, paintCobweb } from '../../plot/cobweb-chart.js';
import { describeCobweb } from '../../plot/describe-distribution.js';
import { ColourCache } from '../../plot/theme.js';
import { paintTrajectories, trajectoryView } from '../../plot/trajectory-chart.js';
import { analysisNeeds, cobwebOf, fixedPointOf, meanVarianceOf, sampleMap, TRAJECTORY_STARTS, TRAJECTORY_STEPS, visibleCurves } from '../gaussian-data.js';
import { bindNumberFields } from '../number-fields.js';
import { followStore } from '../chart-panel.js';
import { curveRow, element } from './curve-cells.js';
import { nonNegativeNumber } from '../url-state.js';

const $ = (id) => document.getElementById(id);

const FIELDS = [
  { id: 'qmap-sw2', key: 'weightVariance', label: 'σ_w²', check: nonNegativeNumber, expected: 'a finite number ≥ 0' },
  { id: 'qmap-sb2', key: 'biasVariance', label: 'σ_b²', check: nonNegativeNumber, expected: 'a finite number ≥ 0' },
  { id: 'qmap-q0', key: 'start', label: 'q₀', check: nonNegativeNumber, expected: 'a finite number ≥ 0' },
];
const pair = ({ mean, variance }) => `(${formatReadout(mean)}, ${formatReadout(variance)})`;

// The cobweb of the selected curve, with its words.
function cobwebScene(act, curve, layer) {
  const { fixed, iterates, summary } = cobwebOf(act, curve, layer, formatReadout);
  const q = fixed.value?.q;
  const view = cobwebView({ iterates, fixedPoint: q });
  const map = sampleMap(act, curve, layer, view.xMax);
  return { curve, view, map, iterates, fixedPoint: q, summary, alt: describeCobweb(curve.label, iterates, q, formatReadout) };
}

function fixedPointRow(curve, result) {
  const row = curveRow(curve);
  if (result.error) {
    row.append(element('td', { colSpan: 3, className: 'error-text', textContent: result.error }));
    return row;
  }
  const { q, chi, regime } = result.value;
  for (const text of [formatReadout(q), formatReadout(chi), regime]) row.append(element('td', { textContent: text }));
  row.cells[3].className = `regime regime-${regime.replaceAll(' ', '-')}`;
  return row;
}

// Where the trajectories went, in words: the fixed point the core found
// once they came together, or where each ended.
function trajectoryEnd(paths, meeting, fixed) {
  if (fixed?.value) return `they have come together, and the map's fixed point is ${pair(fixed.value)} (the cross)`;
  if (meeting) return `they have come together near ${pair(meeting)} (the cross); from there ${fixed.error}`;
  const ends = paths.filter((path) => path.value).map((path) => pair(path.value[path.value.length - 1]));
  return `they end at ${ends.join(', ')}, not yet together`;
}

function meanVarianceScene(act, curve) {
  const { paths, meeting, fixed } = meanVarianceOf(act, curve);
  const points = paths.map((path) => (path.value ?? []).map((p) => ({ x: p.mean, y: p.variance })));
  const end = fixed?.value ?? meeting;
  const target = end ? { x: end.mean, y: end.variance } : undefined;
  const failed = paths.find((path) => path.error);
  const summary = failed
    ? `${curve.label}, LeCun initialisation: ${failed.error}.`
    : `${curve.label}, LeCun initialisation (Σw = 0, Σw² = 1): from ${TRAJECTORY_STARTS.map(pair).join(', ')}, after ${TRAJECTORY_STEPS} steps of the (mean, variance) map ${trajectoryEnd(paths, meeting, fixed)}.`;
  return { curve, points, target, summary, view: trajectoryView(points, target) };
}

export function mountQmapPanel(store, act, byName) {
  const cobwebCanvas = $('qmap-canvas');
  const pathsCanvas = $('mv-canvas');
  const caches = [new ColourCache(cobwebCanvas), new ColourCache(pathsCanvas)];
  let scenes = null;
  const stale = (bad) => {
    for (const id of ['qmap-charts', 'fixed-points']) $(id).toggleAttribute('data-stale', bad);
  };
  const renderFields = bindNumberFields(store, 'layer', FIELDS, { errorId: 'qmap-error', onInvalid: stale });

  function paint() {
    if (!scenes) return;
    const { cobweb, paths } = scenes;
    paintOnCanvas(cobwebCanvas, caches[0], (ctx, size, colours) => {
      const colour = colours.curves[cobweb.curve.colourIndex % colours.curves.length];
      paintCobweb(ctx, size, { ...cobweb, colour, colours });
    });
    paintOnCanvas(pathsCanvas, caches[1], (ctx, size, colours) => {
      const colour = colours.curves[paths.curve.colourIndex % colours.curves.length];
      paintTrajectories(ctx, size, { paths: paths.points.map((points) => ({ points, colour })), target: paths.target, view: paths.view, colours });
    });
  }

  function render(state) {
    const curves = visibleCurves(state, byName);
    $('fixed-points').tBodies[0].replaceChildren(...curves.map((curve) => fixedPointRow(curve, fixedPointOf(act, curve, state.layer))));
    $('qmap-charts').hidden = curves.length === 0;
    $('qmap-empty').hidden = curves.length > 0;
    if (curves.length === 0) {
      scenes = null;
      return;
    }
    scenes = { cobweb: cobwebScene(act, curves[0], state.layer), paths: meanVarianceScene(act, curves[0]) };
    $('qmap-summary').textContent = scenes.cobweb.summary;
    cobwebCanvas.setAttribute('aria-label', scenes.cobweb.alt);
    $('mv-summary').textContent = scenes.paths.summary;
    pathsCanvas.setAttribute('aria-label', `Trajectories of the (mean, variance) map: ${scenes.paths.summary}`);
    paint();
  }
  followStore(store, {
    section: document.querySelector('section.qmap'),
    keys: ['curves', 'selected', 'layer'],
    render,
    paint,
    invalidate: () => caches.forEach((cache) => cache.invalidate()),
    fieldKey: 'layer',
    renderFields,
    resized: cobwebCanvas,
    needs: analysisNeeds(act),
  });
}
