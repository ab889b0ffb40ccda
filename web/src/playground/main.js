// The playground page: loads the core, makes the store from the URL, mounts
// one panel per part of the page, and follows back/forward. Every panel
// reads the store and changes it through store.update(), which writes the
// URL once and tells the panels that care.
//
// Load order: only what the first plot needs is imported statically (the
// API, the store, the plot, the curve list and controls). The rest (the
// library-name search, code export, the evaluate table and its Python
// formatting, the statistics, exports, the embed snippets and the tutorial
// cards) is imported once the first plot is on screen, so none of it
// delays the plot. The page marks itself
// data-ready when every panel is mounted.
import { loadActivations } from '../activations.js';
import { newCurve } from '../curves/curve.js';
import { libraryResolver } from '../curves/library-name.js';
import { CURVE_COUNT, paletteCss } from '../plot/theme.js';
import { mountControlsPanel } from './panels/controls-panel.js';
import { mountCurvesPanel } from './panels/curves-panel.js';
import { mountPlotPanel } from './panels/plot-panel.js';
import { mountPropertiesPanel } from './panels/properties-panel.js';
import { mountThemePanel } from './panels/theme-panel.js';
import { Store } from './store.js';
import { parseState, serializeState } from './url-state.js';

// Started before anything else: the .wasm (preloaded by the HTML) compiles
// while the page below is set up.
const loading = loadActivations();

const $ = (id) => document.getElementById(id);

// The palette, written once in plot/theme.js, as the page's custom properties.
const palette = new CSSStyleSheet();
palette.replaceSync(paletteCss('page'));
document.adoptedStyleSheets = [...document.adoptedStyleSheets, palette];

// Fields the later panels own stay read-only until those panels are
// mounted, so nothing typed in the meantime is overwritten.
const LATER_FIELDS = ['inputs', 'stats-mean', 'stats-sd', 'stats-n'];
for (const id of LATER_FIELDS) $(id).readOnly = true;

function showNotices(notices) {
  const box = $('notices');
  box.replaceChildren(...notices.map((text) => Object.assign(document.createElement('p'), { textContent: text })));
  box.hidden = notices.length === 0;
}

// A card's curve joins the view (selected; the same curve is not added
// twice; with every colour taken it replaces the last curve).
function withCard(state, card) {
  const same = state.curves.findIndex((c) => c.name === card.name && JSON.stringify(c.params) === JSON.stringify(card.params));
  if (same >= 0) return { curves: state.curves.map((c, i) => (i === same ? { ...c, visible: true } : c)), selected: same };
  const curves = state.curves.length < CURVE_COUNT ? [...state.curves, card] : [...state.curves.slice(0, -1), card];
  return { curves, selected: curves.length - 1 };
}

// The store and the panels of the first plot.
function start(act) {
  const list = act.list();
  const byName = new Map(list.map((a) => [a.name, a]));
  const fromUrl = () => {
    const { state, notices } = parseState(location.search, list, act.checkParams, libraryResolver(act));
    showNotices(notices);
    return state;
  };
  const writeUrl = (state, { push }) => {
    const { query } = serializeState(state, list);
    const url = `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
    if (url === `${location.pathname}${location.search}${location.hash}`) return;
    history[push ? 'pushState' : 'replaceState'](null, '', url);
  };
  const store = new Store(fromUrl(), { writeUrl });

  mountThemePanel(store);
  const plotPanel = mountPlotPanel(store, act, byName);
  mountCurvesPanel(store, act, list);
  mountControlsPanel(store, act, list);
  mountPropertiesPanel(store, act, byName);
  window.addEventListener('popstate', () => store.update(fromUrl(), { history: 'none' }));
  return { act, list, byName, store, plotPanel };
}

// Resolves after the next frame has been painted.
const afterPaint = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));

// The panels that do not draw the first plot, loaded after it.
async function mountLater({ act, list, byName, store, plotPanel }) {
  const [names, code, evaluate, stats, exports, share, examples] = await Promise.all([
    import('./panels/names-panel.js'),
    import('./panels/code-panel.js'),
    import('./panels/evaluate-panel.js'),
    import('./panels/stats-panel.js'),
    import('./panels/export-panel.js'),
    import('./panels/share-panel.js'),
    import('./examples-panel.js'),
  ]);
  names.mountNamesPanel(store, act, list);
  code.mountCodePanel(store, act, list);
  evaluate.mountEvaluatePanel(store, act, byName);
  stats.mountStatsPanel(store, act, byName);
  exports.mountExportPanel(plotPanel, act, byName);
  share.mountSharePanel(store, list, plotPanel);
  for (const id of LATER_FIELDS) $(id).readOnly = false;
  examples.renderExamples($('examples'), act, (example, text) => {
    const { name, params = {}, derivative } = example.fn;
    store.update({ ...withCard(store.state, newCurve(name, params)), kink: derivative ?? store.state.kink, inputs: text, stats: { ...store.state.stats, source: 'inputs' } });
    $('plot-title').scrollIntoView({ behavior: 'smooth' });
  });
}

function fail(error) {
  const status = $('status');
  status.textContent = `The playground could not start: ${error.message}`;
  status.classList.add('error');
}

loading.then(
  async (act) => {
    const page = start(act);
    // Hidden but still taking its line, so nothing below moves.
    $('status').classList.add('done');
    await afterPaint();
    await mountLater(page);
    document.body.dataset.ready = 'true';
  },
  fail,
).catch(fail);
