// The plot panel: the shared curve plot of the store's scene, redrawn once
// per animation frame whatever changed, with pan, zoom, hover and keyboard
// from the shared interaction; the zoom, fit-y, kink, magnify and reset
// buttons; the inset's caption; notes on what could not be drawn; the
// readout and the text alternative. The view has one owner, the store: the
// interaction only proposes views, and y stays fitted to the curves unless
// the reader moved it on purpose.
import { describe } from '../../api/describe.js';
import { formatReadout } from '../../curves/curve.js';
import { readNumber } from '../../curves/numbers.js';
import { CurvePlot } from '../../plot/curve-plot.js';
import { describeFrame, describeValues, readoutText } from '../../plot/describe.js';
import { curvePropertiesText } from '../../curves/properties-text.js';
import { BUTTON_ZOOM, PlotInteraction } from '../../plot/interaction.js';
import { tidyView } from '../../plot/view-math.js';
import { kinkView, magnifyRegion, zoomAnchor } from '../plot-tools.js';
import { sceneOf } from '../scene.js';

const $ = (id) => document.getElementById(id);
const yFitted = (state) => !state.view || !Number.isFinite(state.view.yMin);

// The store's view for a proposed one: y is dropped (left to fit) for a
// zoom, or a pan that did not move y, while y is fitted.
function nextView(state, view, { final, kind, movedY }) {
  const keepFit = yFitted(state) && (kind === 'zoom' || kind === 'wheel' || (kind === 'pan' && !movedY));
  const proposed = keepFit ? { xMin: view.xMin, xMax: view.xMax, yMin: undefined, yMax: undefined } : view;
  return final ? tidyView(proposed) : proposed;
}

// What the inset shows, in words: each curve's f and f′ in its middle.
function insetCaption(plot, frame) {
  if (!frame.inset) return '';
  const x = (frame.inset.view.xMin + frame.inset.view.xMax) / 2;
  const values = plot.readout(x).map(({ curve, f, df }) => `${curve.label} has f = ${formatReadout(f)}, f′ = ${formatReadout(df)}`);
  return `The inset magnifies x from ${formatReadout(frame.inset.view.xMin)} to ${formatReadout(frame.inset.view.xMax)}: at x = ${formatReadout(x)}, ${values.join('; ')}.`;
}

// The words about the plot: its text alternative, the values along it for
// screen readers, notes on what could not be drawn, the inset's caption.
function putInWords(plot, canvas, propertiesOf) {
  const { frame } = plot;
  const valuesAt = (curve, x) => plot.valuesAt(curve, x);
  canvas.setAttribute('aria-label', describeFrame(frame, formatReadout, propertiesOf));
  $('plot-description').textContent = describeValues(frame, valuesAt, formatReadout);
  const notes = [
    ...frame.unDrawn.map((curve) => `${curve.label}: part of the curve is beyond ±1e305 and is not drawn.`),
    ...frame.scene.curves.filter((curve) => curve.secondDerivativeLoading).map((curve) => `${curve.label}: f″ is loading (the analysis module).`),
  ];
  $('plot-notes').textContent = notes.join(' ');
  $('plot-notes').hidden = notes.length === 0;
  $('plot-caption').textContent = insetCaption(plot, frame);
}

// The keyboard's way to read values: an x typed beside the readout.
// `readAt(x)` shows the readout at x (null: none).
function bindReadAtX(readAt) {
  const field = $('read-x');
  field.addEventListener('input', () => {
    const { value, error } = readNumber(field.value);
    const invalid = field.value.trim() !== '' && (error !== undefined || !Number.isFinite(value));
    field.toggleAttribute('aria-invalid', invalid);
    if (invalid) $('readout').textContent = error ?? `${describe(field.value)} is not a finite number`;
    else readAt(field.value.trim() === '' ? null : value);
  });
}

// The plot's buttons: zoom about the kink, fit y, zoom to the kink,
// magnify, reset; and the way back from a view with no curve in it.
function bindPlotButtons(store, act, plot, interaction) {
  const anchor = () => zoomAnchor(plot.frame, (curve, x) => plot.valuesAt(curve, x));
  const fitY = () => {
    const view = store.state.view;
    if (view) store.update({ view: { xMin: view.xMin, xMax: view.xMax, yMin: undefined, yMax: undefined } });
  };
  $('zoom-in').addEventListener('click', () => interaction.zoom(BUTTON_ZOOM));
  $('zoom-out').addEventListener('click', () => interaction.zoom(1 / BUTTON_ZOOM));
  $('fit-y').addEventListener('click', fitY);
  $('empty-fit').addEventListener('click', fitY);
  $('zoom-kink').addEventListener('click', () => {
    if (plot.frame) store.update({ view: tidyView(kinkView(plot.frame, anchor())) });
  });
  $('magnify').addEventListener('click', () => {
    if (store.state.inset || !plot.frame) {
      store.update({ inset: null });
      return;
    }
    const sample = (curve, from, to) => act.sample(curve.name, { from, to, count: 200 }, curve.params, { kink: store.state.kink });
    const region = magnifyRegion(plot.frame, anchor(), sample);
    if (region) store.update({ inset: tidyView(region) });
  });
  for (const id of ['reset-view', 'empty-reset']) $(id).addEventListener('click', () => store.update({ view: null }));
}

export function mountPlotPanel(store, act, byName) {
  const canvas = $('plot');
  const plot = new CurvePlot(canvas, act);
  let hoverX = null;
  let frameRequest = 0;
  // The words follow the plot after the frame, once per burst of frames:
  // they compute values of their own and are not seen to move.
  let wordsTimer = 0;
  const propertiesOf = (curve) => curvePropertiesText(act, byName.get(curve.name), curve.params);
  const words = () => {
    wordsTimer = 0;
    putInWords(plot, canvas, propertiesOf);
  };
  const showReadout = () => {
    $('readout').textContent = hoverX === null
      ? 'Hover over or tap the plot, or type an x, to read values.'
      : readoutText(hoverX, plot.readout(hoverX), formatReadout);
  };
  const readAt = (x) => {
    hoverX = x;
    plot.redraw(hoverX);
    showReadout();
  };

  function draw() {
    frameRequest = 0;
    const frame = plot.render(sceneOf(store.state, byName), hoverX);
    canvas.dataset.view = JSON.stringify({ view: frame.view, area: frame.area, inset: frame.inset?.view, insetArea: frame.insetArea });
    wordsTimer ||= setTimeout(words, 0);
    $('plot-empty').hidden = !frame.empty;
    $('magnify').setAttribute('aria-pressed', String(Boolean(store.state.inset)));
    showReadout();
  }
  const schedule = () => {
    frameRequest ||= requestAnimationFrame(draw);
  };
  // Draws now (before an export or a measurement).
  const flush = () => {
    if (frameRequest) cancelAnimationFrame(frameRequest);
    draw();
    clearTimeout(wordsTimer);
    words();
  };

  const interaction = new PlotInteraction(canvas, {
    getView: () => plot.frame?.view,
    getArea: () => plot.frame?.area,
    onView: (view, gesture) => store.update({ view: nextView(store.state, view, gesture) }, { history: gesture.final ? 'end' : 'continue' }),
    onHover: readAt,
    zoomAnchor: () => zoomAnchor(plot.frame, (curve, x) => plot.valuesAt(curve, x)),
  });
  bindReadAtX(readAt);
  bindPlotButtons(store, act, plot, interaction);

  store.subscribe(['curves', 'view', 'kink', 'inputs', 'derivatives', 'inset', 'analysis'], schedule);
  const recolour = () => {
    plot.invalidateColours();
    schedule();
  };
  store.subscribe(['theme'], recolour);
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', recolour);
  new ResizeObserver(() => {
    plot.measure();  // layout is fresh here: frames then read none
    schedule();
  }).observe(canvas);
  flush();
  // The text alternative of the plot as drawn (the embed's fallback).
  const describe = () => describeFrame(plot.frame, formatReadout, propertiesOf);
  return { plot, flush, describe };
}
