// The playground page: loads the core, makes the store from the URL, mounts
// one panel per part of the page, and follows back/forward. Every panel
// reads the store and changes it through store.update(), which writes the
// URL once and tells the panels that care.
//
// Load order: only what the first plot needs is imported statically (the
// API, the store, the plot, the curve list and controls). The panels on or
// near the first screen (the library-name search, the evaluate table and
// its Python formatting, the statistics, exports, the embed snippets) are
// imported once the first plot is on screen, so none of it delays the
// plot; the page then marks itself data-ready. The code export, the
// tutorial cards and the panels on Gaussian inputs (distribution, gains,
// q-map) are imported when first wanted (mountOnDemand).
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
import { once, whenNear } from './when-visible.js';
import { parseState, serializeState } from './url-state.js';

// Started before anything else: the .wasm (preloaded by the HTML) compiles
// while the page below is set up. The analysis module (moments, gains,
// densities, the q-map) is not: the panels that show it load it when they
// first come near the screen (when-visible.js), so the first plot never
// waits for it and a visitor who does not scroll there never downloads it.
const loading = loadActivations({ analysis: 'later' });

const $ = (id) => document.getElementById(id);

// The palette, written once in plot/theme.js, as the page's custom properties.
const palette = new CSSStyleSheet();
palette.replaceSync(paletteCss('page'));
document.adoptedStyleSheets = [...document.adoptedStyleSheets, palette];

// Fields the later panels own stay read-only until those panels are
// mounted, so nothing typed in the meantime is overwritten.
// (The Gaussian panels' fields are read-only in the HTML itself and
// opened by their panels.)
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

// f″ is the analysis module's: the first curve that shows it loads the
// module, and state.analysis (not in the URL) then lets the plot, the
// table and the exports draw it (scene.js); until then they say it is
// loading.
// Returns the load the first view started, if it shows f″ (the page is
// ready once it is drawn).
function followSecondDerivative(store, act) {
  const follow = ({ curves }) => {
    if (store.state.analysis || !curves.some((curve) => curve.secondDerivative)) return null;
    return act.analysisReady().then(
      () => store.update({ analysis: true }, { history: 'replace' }),
      (error) => showNotices([`f″ could not be drawn: ${error.message}`]),
    );
  };
  store.subscribe(['curves'], follow);
  return follow(store.state);
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
  const secondDerivative = followSecondDerivative(store, act);
  window.addEventListener('popstate', () => store.update(fromUrl(), { history: 'none' }));
  return { act, list, byName, store, plotPanel, secondDerivative };
}

// Resolves after the next frame has been painted.
const afterPaint = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));

// The panels that do not draw the first plot but sit on or near the first
// screen, loaded after it.
async function mountLater(page) {
  const { act, list, byName, store, plotPanel } = page;
  const later = await import('./later-panels.js');
  later.mountNamesPanel(store, act, list);
  later.mountEvaluatePanel(store, act, byName);
  later.mountStatsPanel(store, act, byName);
  later.mountSharePanel(store, list, plotPanel);
  for (const id of LATER_FIELDS) $(id).readOnly = false;
  mountOnDemand(page);
}

// The rest, loaded when first wanted, so a visitor who never scrolls to
// them or opens them never downloads them: the export dialog on its first
// click; the code export when its
// <details> opens; the Gaussian panels (and the analysis module their
// numbers need, when-visible.js) when one comes on screen, or when
// the export dialog opens (its CSV buttons); the tutorial cards when their
// section comes near the screen.
function mountOnDemand({ act, list, byName, store, plotPanel }) {
  // The export dialog (figures, CSV): mounted on the first click of
  // "Export…", which it then opens.
  const open = $('export-open');
  const exportsMounted = once(async () => {
    (await import('./panels/export-panel.js')).mountExportPanel(plotPanel, act, byName);
    open.click();
  });
  open.addEventListener('click', exportsMounted);
  const code = document.querySelector('details.code-export');
  code.addEventListener('toggle', once(async () => {
    (await import('./panels/code-panel.js')).mountCodePanel(store, act, list);
  }));
  const gaussian = once(async () => {
    (await import('./panels/gaussian-panels.js')).mountGaussianPanels(store, act, byName);
  });
  // On screen, not merely near it: the analysis module they load is the
  // page's largest download after the core.
  whenNear(document.querySelectorAll('section.distribution, section.gain, section.qmap'), gaussian, '0px');
  $('export-open').addEventListener('click', gaussian);
  whenNear([$('examples')], async () => {
    (await import('./examples-panel.js')).renderExamples($('examples'), act, (example, text) => {
      const { name, params = {}, derivative } = example.fn;
      store.update({ ...withCard(store.state, newCurve(name, params)), kink: derivative ?? store.state.kink, inputs: text, stats: { ...store.state.stats, source: 'inputs' } });
      $('plot-title').scrollIntoView({ behavior: 'smooth' });
    });
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
    await page.secondDerivative;
    document.body.dataset.ready = 'true';
  },
  fail,
).catch(fail);
