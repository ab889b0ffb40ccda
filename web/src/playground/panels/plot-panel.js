// The plot panel: the shared curve plot of the store's scene, redrawn once
// per animation frame whatever changed, with pan, zoom, hover and keyboard
// from the shared interaction, the zoom and reset buttons, the readout and
// the text alternative. The view has one owner, the store: the interaction
// only proposes views.
import { formatReadout } from '../../curves/curve.js';
import { CurvePlot } from '../../plot/curve-plot.js';
import { describeFrame, describeValues, readoutText } from '../../plot/describe.js';
import { BUTTON_ZOOM, PlotInteraction } from '../../plot/interaction.js';
import { tidyView } from '../../plot/view-math.js';
import { sceneOf } from '../scene.js';

const $ = (id) => document.getElementById(id);

export function mountPlotPanel(store, act, byName) {
  const canvas = $('plot');
  const plot = new CurvePlot(canvas, act);
  let hoverX = null;
  let frameRequest = 0;

  function draw() {
    frameRequest = 0;
    const frame = plot.render(sceneOf(store.state, byName), hoverX);
    canvas.dataset.view = JSON.stringify({ view: frame.view, area: frame.area });  // hit-testing and tests
    canvas.setAttribute('aria-label', describeFrame(frame, formatReadout));
    $('plot-description').textContent = describeValues(frame, (curve, x) => plot.valuesAt(curve, x), formatReadout);
    showReadout();
  }
  const schedule = () => {
    frameRequest ||= requestAnimationFrame(draw);
  };
  // Draws now (before an export or a measurement).
  const flush = () => {
    if (frameRequest) cancelAnimationFrame(frameRequest);
    draw();
  };

  function showReadout() {
    $('readout').textContent = hoverX === null
      ? 'Hover over or tap the plot to read values.'
      : readoutText(hoverX, plot.readout(hoverX), formatReadout);
  }

  const interaction = new PlotInteraction(canvas, {
    getView: () => plot.frame?.view,
    getArea: () => plot.frame?.area,
    onView: (view, { final }) => store.update({ view: final ? tidyView(view) : view }, { history: final ? 'push' : 'continue' }),
    onHover: (x) => {
      hoverX = x;
      plot.redraw(hoverX);
      showReadout();
    },
  });

  $('zoom-in').addEventListener('click', () => interaction.zoom(BUTTON_ZOOM));
  $('zoom-out').addEventListener('click', () => interaction.zoom(1 / BUTTON_ZOOM));
  $('reset-view').addEventListener('click', () => store.update({ view: null }));

  store.subscribe(['curves', 'view', 'kink', 'inputs', 'derivatives'], schedule);
  store.subscribe(['theme'], () => {
    plot.invalidateColours();
    schedule();
  });
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => {
    plot.invalidateColours();
    schedule();
  });
  new ResizeObserver(schedule).observe(canvas);
  flush();
  return { plot, flush };
}
