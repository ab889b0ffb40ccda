// The playground page: loads the core, makes the store from the URL, mounts
// one panel per part of the page, and follows back/forward. Every panel
// reads the store and changes it through store.update(), which writes the
// URL once and tells the panels that care.
import { loadActivations } from '../activations.js';
import { renderExamples } from './examples-panel.js';
import { newCurve } from '../curves/curve.js';
import { libraryResolver } from '../curves/library-name.js';
import { CURVE_COUNT, paletteCss } from '../plot/theme.js';
import { mountCodePanel } from './panels/code-panel.js';
import { mountControlsPanel } from './panels/controls-panel.js';
import { mountNamesPanel } from './panels/names-panel.js';
import { mountCurvesPanel } from './panels/curves-panel.js';
import { mountEvaluatePanel } from './panels/evaluate-panel.js';
import { mountExportPanel } from './panels/export-panel.js';
import { mountPlotPanel } from './panels/plot-panel.js';
import { mountSharePanel } from './panels/share-panel.js';
import { mountStatsPanel } from './panels/stats-panel.js';
import { mountThemePanel } from './panels/theme-panel.js';
import { Store } from './store.js';
import { parseState, serializeState } from './url-state.js';

const $ = (id) => document.getElementById(id);

// The palette, written once in plot/theme.js, as the page's custom properties.
const palette = new CSSStyleSheet();
palette.replaceSync(paletteCss('page'));
document.adoptedStyleSheets = [...document.adoptedStyleSheets, palette];

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
  mountNamesPanel(store, act, list);
  mountCodePanel(store, act, list);
  mountEvaluatePanel(store, act, byName);
  mountStatsPanel(store, act, byName);
  mountExportPanel(plotPanel, act, byName);
  mountSharePanel(store, list, plotPanel);
  window.addEventListener('popstate', () => store.update(fromUrl(), { history: 'none' }));

  renderExamples($('examples'), act, (example, text) => {
    const { name, params = {}, derivative } = example.fn;
    store.update({ ...withCard(store.state, newCurve(name, params)), kink: derivative ?? store.state.kink, inputs: text, stats: { ...store.state.stats, source: 'inputs' } });
    $('plot-title').scrollIntoView({ behavior: 'smooth' });
  });
}

loadActivations().then(
  (act) => {
    start(act);
    // Hidden but still taking its line, so nothing below moves.
    $('status').classList.add('done');
    document.body.dataset.ready = 'true';
  },
  (error) => {
    const status = $('status');
    status.textContent = `The playground could not start: ${error.message}`;
    status.classList.add('error');
  },
);
