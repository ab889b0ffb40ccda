// Wires the playground page: loads the core, keeps the whole view in one
// state object mirrored in the URL, and redraws what a change touches.
import { loadActivations } from './activations.js';
import { curveLabel } from './curve-label.js';
import { buildParamControls, fillPicker } from './controls.js';
import { renderCurveList, renderLegend } from './curves-panel.js';
import { normalSample, renderShares, zeroGradientShare } from './dead-gradients.js';
import { renderEvaluation } from './evaluator.js';
import { renderExamples } from './playground/examples-panel.js';
import { curvesCsv, download, plotPng, tableCsv } from './export.js';
import { embedSnippets } from './embed-snippets.js';
import { parseNumberList } from './python/parse-inputs.js';
import { drawPlot, plotColours, sampleCount } from './plot.js';
import { BUTTON_ZOOM, PlotView } from './plot-view.js';
import { DEFAULT_VIEW_X, MAX_CURVES, MAX_SAMPLE_SIZE, parseState, serializeState } from './state.js';
import { autoYRange } from './view-math.js';

const $ = (id) => document.getElementById(id);

// Ready-made comparisons, as URL queries; those naming an activation the
// registry lacks are left out.
const STARTING_VIEWS = [
  { label: 'ReLU', query: 'fn=relu' },
  { label: 'ReLU vs leaky ReLU (α = 0.01, the first article)', query: 'fn=relu&fn=leaky_relu&x=-2,1&y=-0.15,1.15' },
  { label: 'Leaky slopes: PyTorch 0.01, Keras 0.2, Keras layer 0.3', query: 'fn=leaky_relu(df=0)&fn=leaky_relu(negative_slope=0.2,df=0)&fn=leaky_relu(negative_slope=0.3,df=0)&x=-4,2' },
  { label: 'ReLU, leaky ReLU and ELU', query: 'fn=relu&fn=leaky_relu(negative_slope=0.1)&fn=elu&x=-4,3' },
  { label: 'GELU: exact vs tanh approximation', query: 'fn=gelu&fn=gelu(approximate=tanh)&x=-4,3' },
  { label: 'sigmoid vs tanh', query: 'fn=sigmoid&fn=tanh&x=-6,6' },
];

const KINK_LABELS = { pytorch: 'PyTorch convention', left: 'left-sided derivative', right: 'right-sided derivative' };

// Short numbers for the hover readout and descriptions.
const short = (v) => (Number.isFinite(v) ? String(Number(v.toPrecision(6))) : String(v));

function start(act) {
  const list = act.list();
  const byName = new Map(list.map((a) => [a.name, a]));
  const validate = (name, params) => act.evaluate(name, 0, params);
  const colours = () => plotColours($('plot'));

  let state;
  let selected = 0;
  // The last parameters of each curve the core accepted: a bad edit keeps
  // the plot on them while the message explains the problem.
  let validParams = [];

  const curveLabels = () => state.curves.map((c, i) => curveLabel(byName.get(c.name), validParams[i] ?? c.params));
  const showsDerivative = (curve) => curve.derivative && state.derivatives;
  const options = () => ({ kink: state.kink });

  // --- URL --------------------------------------------------------------
  function writeUrl({ push }) {
    const query = serializeState(state, list);
    const url = `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
    if (url === `${location.pathname}${location.search}${location.hash}`) return;
    history[push ? 'pushState' : 'replaceState'](null, '', url);
  }

  function showNotices(notices) {
    const box = $('notices');
    box.replaceChildren(...notices.map((text) => Object.assign(document.createElement('p'), { textContent: text })));
    box.hidden = notices.length === 0;
  }

  function loadFromUrl() {
    const parsed = parseState(location.search, list, validate);
    state = parsed.state;
    validParams = state.curves.map((c) => ({ ...c.params }));
    selected = Math.min(selected, state.curves.length - 1);
    showNotices(parsed.notices);
    renderAll();
  }

  // --- rendering ------------------------------------------------------------
  const canvas = $('plot');
  let lastSamples = [];

  function samplesFor(view) {
    const count = sampleCount(canvas);
    return state.curves.map((curve, i) =>
      act.sample(curve.name, { from: view.xMin, to: view.xMax, count }, validParams[i], options()),
    );
  }

  // Fills in y when the view has none: fitted to the visible curves.
  function completeView(view) {
    if (Number.isFinite(view.yMin)) return view;
    const samples = samplesFor(view);
    const visible = state.curves.flatMap((curve, i) =>
      curve.visible ? [samples[i].y, ...(showsDerivative(curve) ? [samples[i].dy] : [])] : [],
    );
    return { ...view, ...autoYRange(visible) };
  }

  function render(view, hoverX) {
    const palette = colours();
    lastSamples = samplesFor(view);
    const curves = state.curves
      .map((curve, i) => ({ curve, i }))
      .filter(({ curve }) => curve.visible)
      .map(({ curve, i }) => ({ sample: lastSamples[i], colour: palette.curves[i % 6], showDerivative: showsDerivative(curve) }));
    const hover =
      hoverX === null || hoverX === undefined
        ? undefined
        : {
            x: hoverX,
            points: state.curves.flatMap((curve, i) =>
              curve.visible
                ? [
                    { y: act.evaluate(curve.name, hoverX, validParams[i]), colour: palette.curves[i % 6] },
                    ...(showsDerivative(curve) ? [{ y: act.derivative(curve.name, hoverX, validParams[i], options()), colour: palette.curves[i % 6] }] : []),
                  ]
                : [],
            ),
          };
    const area = drawPlot(canvas, { view, curves, hover, colours: palette });
    canvas.dataset.view = JSON.stringify({ view, area });  // hit-testing and tests
    describePlot(view);
  }

  function describePlot(view) {
    const labels = curveLabels();
    const visible = state.curves.map((c, i) => ({ c, i })).filter(({ c }) => c.visible);
    canvas.setAttribute(
      'aria-label',
      visible.length
        ? `Plot of ${visible.map(({ i }) => labels[i]).join(', ')}: f solid, f′ dashed, x from ${short(view.xMin)} to ${short(view.xMax)}, y from ${short(view.yMin)} to ${short(view.yMax)}.`
        : 'Plot with every curve hidden.',
    );
    const points = [view.xMin, ...(view.xMin < 0 && view.xMax > 0 ? [0] : []), view.xMax];
    $('plot-description').textContent = visible
      .map(({ c, i }) => `${labels[i]}: ${points.map((x) => `f(${short(x)}) = ${short(act.evaluate(c.name, x, validParams[i]))}`).join(', ')}.`)
      .join(' ');
  }

  const plot = new PlotView(canvas, {
    render,
    onViewChange: (view, { final }) => {
      state.view = view;
      if (final) writeUrl({ push: false });
    },
    onHover: (x) => showReadout(x),
  });

  function showReadout(x) {
    const readout = $('readout');
    if (x === null) {
      readout.textContent = 'Hover over or tap the plot to read values.';
      return;
    }
    const labels = curveLabels();
    const parts = state.curves.flatMap((curve, i) => {
      if (!curve.visible) return [];
      const f = act.evaluate(curve.name, x, validParams[i]);
      const df = act.derivative(curve.name, x, validParams[i], options());
      return [`${labels[i]}: f = ${short(f)}, f′ = ${short(df)}`];
    });
    readout.textContent = `x = ${short(x)} · ${parts.join(' · ')}`;
  }

  function viewForState() {
    const base = state.view ?? { ...DEFAULT_VIEW_X };
    return completeView(base);
  }

  // state.view keeps only what the user chose: until they pan or zoom, y
  // is fitted to the curves afresh at every redraw.
  function renderPlot() {
    plot.setView(viewForState());
  }

  function renderControls() {
    const curve = state.curves[selected];
    const activation = byName.get(curve.name);
    $('activation').value = curve.name;
    $('formulas').replaceChildren(
      ...[activation.formula, activation.derivativeFormula].map((text) => Object.assign(document.createElement('p'), { className: 'formula', textContent: text })),
    );
    buildParamControls($('params'), activation, curve.params, (param, value, text) => {
      curve.params = { ...curve.params, [param]: value };
      const notANumber = Number.isNaN(value) && text !== undefined;
      acceptParams(notANumber ? `${curve.name} parameter ${param}: "${text}" is not a number` : undefined);
    });
    $('show-derivative').checked = curve.derivative;
    $('kink').value = state.kink;
    $('theme').value = state.theme;
    $('remove-curve').disabled = state.curves.length <= 1;
    $('add-curve').disabled = state.curves.length >= MAX_CURVES;
    renderCurveList($('curves'), state.curves, curveLabels(), selected, (i) => {
      selected = i;
      showParamError('');
      renderControls();
      renderTables();
    });
    // Each activation's convention once, named when several are shown.
    const shown = [...new Set(state.curves.filter((c) => c.visible).map((c) => c.name))].map((name) => byName.get(name));
    const conventions = shown.map((a) => (shown.length > 1 ? `${a.label}: ${a.kinkConvention}` : a.kinkConvention));
    $('convention').textContent = `f′ at kinks: ${KINK_LABELS[state.kink]}. ${conventions.join(' ')}`;
  }

  function renderLegendAndTheme() {
    renderLegend($('legend'), state.curves, curveLabels(), (i) => {
      state.curves[i].visible = !state.curves[i].visible;
      writeUrl({ push: true });
      renderLegendAndTheme();
      renderPlot();
      renderStats();
    });
    if (state.theme === 'system') delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = state.theme;
  }

  function renderTables() {
    const curve = state.curves[selected];
    const params = validParams[selected];
    $('results-caption').textContent = `Values of ${curveLabels()[selected]}`;
    renderEvaluation({ input: $('inputs'), errorElement: $('inputs-error'), tbody: document.querySelector('#results tbody') }, (xs) => ({
      y: act.apply(curve.name, xs, params),
      dy: act.gradient(curve.name, xs, params, undefined, options()),
    }));
    renderStats();
  }

  function statsInputs() {
    const { source, mean, sd, n, seed } = state.stats;
    if (source === 'normal') return normalSample(n, mean, sd, seed);
    const parsed = parseNumberList(state.inputs);
    return parsed.ok ? Float64Array.from(parsed.values, (v) => v.value) : new Float64Array(0);
  }

  function renderStats() {
    const xs = statsInputs();
    const labels = curveLabels();
    const rows = state.curves.flatMap((curve, i) =>
      curve.visible ? [{ label: labels[i], colourIndex: (i % 6) + 1, ...zeroGradientShare(act, { name: curve.name, params: validParams[i] }, xs, state.kink) }] : [],
    );
    renderShares($('dead-shares'), rows);
  }

  function renderAll() {
    $('inputs').value = state.inputs;
    document.querySelector(`input[name="stats-source"][value="${state.stats.source}"]`).checked = true;
    $('stats-mean').value = String(state.stats.mean);
    $('stats-sd').value = String(state.stats.sd);
    $('stats-n').value = String(state.stats.n);
    renderControls();
    renderLegendAndTheme();
    renderPlot();
    renderTables();
  }

  // --- edits -----------------------------------------------------------------
  function showParamError(message) {
    $('param-error').textContent = message ? `${message}. The plot keeps the last valid value.` : '';
    $('param-error').hidden = !message;
  }

  // `textError` reports a field whose text is not a number at all; anything
  // else is checked by the API itself, so the page and the API agree.
  function acceptParams(textError) {
    const curve = state.curves[selected];
    if (textError) {
      showParamError(textError);
      return;
    }
    try {
      validate(curve.name, curve.params);
      validParams[selected] = { ...curve.params };
      showParamError('');
    } catch (error) {
      showParamError(error.message);
      return;
    }
    writeUrl({ push: false });
    renderCurveList($('curves'), state.curves, curveLabels(), selected, (i) => {
      selected = i;
      renderControls();
      renderTables();
    });
    renderLegendAndTheme();
    renderPlot();
    renderTables();
  }

  function setCurve(i, name, params = {}) {
    state.curves[i] = { ...state.curves[i], name, params };
    validParams[i] = { ...params };
  }

  $('activation').addEventListener('change', () => {
    setCurve(selected, $('activation').value);
    showParamError('');
    writeUrl({ push: true });
    renderAll();
  });
  $('show-derivative').addEventListener('change', () => {
    state.curves[selected].derivative = $('show-derivative').checked;
    writeUrl({ push: true });
    renderLegendAndTheme();
    renderPlot();
  });
  $('kink').addEventListener('change', () => {
    state.kink = $('kink').value;
    writeUrl({ push: true });
    renderControls();
    renderPlot();
    renderTables();
  });
  $('theme').addEventListener('change', () => {
    state.theme = $('theme').value;
    writeUrl({ push: true });
    renderLegendAndTheme();
    renderPlot();
  });
  $('add-curve').addEventListener('click', () => {
    // A new curve starts as the next activation in the registry after the
    // selected one, so a comparison is one click away.
    const current = list.findIndex((a) => a.name === state.curves[selected].name);
    const next = list[(current + 1) % list.length].name;
    state.curves.push({ name: next, params: {}, derivative: true, visible: true });
    validParams.push({});
    selected = state.curves.length - 1;
    writeUrl({ push: true });
    renderAll();
  });
  $('remove-curve').addEventListener('click', () => {
    if (state.curves.length <= 1) return;
    state.curves.splice(selected, 1);
    validParams.splice(selected, 1);
    selected = Math.max(0, selected - 1);
    writeUrl({ push: true });
    renderAll();
  });
  const startingView = $('starting-view');
  const available = STARTING_VIEWS.filter((view) =>
    new URLSearchParams(view.query).getAll('fn').every((fn) => byName.has(fn.replace(/\(.*$/, ''))),
  );
  startingView.append(...available.map((view) => new Option(view.label, view.query)));
  startingView.addEventListener('change', () => {
    if (!startingView.value) return;
    history.pushState(null, '', `${location.pathname}?${startingView.value}`);
    selected = 0;
    startingView.value = '';
    loadFromUrl();
  });

  $('inputs').addEventListener('input', () => {
    state.inputs = $('inputs').value;
    writeUrl({ push: false });
    renderTables();
  });

  for (const radio of document.querySelectorAll('input[name="stats-source"]')) {
    radio.addEventListener('change', () => {
      state.stats.source = radio.value;
      writeUrl({ push: false });
      renderStats();
    });
  }
  const statsFields = [
    ['stats-mean', 'mean', (v) => Number.isFinite(v), 'a finite number'],
    ['stats-sd', 'sd', (v) => Number.isFinite(v) && v > 0, 'a positive number'],
    ['stats-n', 'n', (v) => Number.isInteger(v) && v >= 1 && v <= MAX_SAMPLE_SIZE, `a whole number from 1 to ${MAX_SAMPLE_SIZE}`],
  ];
  for (const [id, key, check, expected] of statsFields) {
    $(id).addEventListener('input', () => {
      const text = $(id).value.trim();
      const value = text === '' ? NaN : Number(text);
      const error = $('stats-error');
      if (!check(value)) {
        error.textContent = `${key}: "${$(id).value}" is not ${expected}.`;
        error.hidden = false;
        $(id).setAttribute('aria-invalid', 'true');
        return;
      }
      $(id).removeAttribute('aria-invalid');
      error.hidden = true;
      state.stats = { ...state.stats, [key]: value, source: 'normal' };
      document.querySelector('input[name="stats-source"][value="normal"]').checked = true;
      writeUrl({ push: false });
      renderStats();
    });
  }

  // --- plot buttons and exports ------------------------------------------------
  $('zoom-in').addEventListener('click', () => plot.zoomCentre(BUTTON_ZOOM));
  $('zoom-out').addEventListener('click', () => plot.zoomCentre(1 / BUTTON_ZOOM));
  $('reset-view').addEventListener('click', () => {
    state.view = null;
    writeUrl({ push: true });
    renderPlot();
  });
  const visibleForExport = () => {
    const labels = curveLabels();
    return state.curves.map((c, i) => ({ c, i })).filter(({ c }) => c.visible).map(({ c, i }) => ({ label: labels[i], sample: lastSamples[i], colour: colours().curves[i % 6], derivative: showsDerivative(c) }));
  };
  $('export-png').addEventListener('click', async () => {
    plot.flush();
    download(await plotPng(canvas, visibleForExport()), 'activation-plot.png');
  });
  $('export-csv').addEventListener('click', () => {
    plot.flush();
    const curves = visibleForExport();
    if (curves.length) download(new Blob([curvesCsv(curves)], { type: 'text/csv' }), 'activation-samples.csv');
  });
  $('export-table').addEventListener('click', () => {
    const parsed = parseNumberList(state.inputs);
    if (!parsed.ok) return;
    const curve = state.curves[selected];
    const xs = Float64Array.from(parsed.values, (v) => v.value);
    const y = act.apply(curve.name, xs, validParams[selected]);
    const dy = act.gradient(curve.name, xs, validParams[selected], undefined, options());
    const rows = Array.from(xs, (x, i) => [x, y[i], dy[i]]);
    download(new Blob([tableCsv(curveLabels()[selected], rows)], { type: 'text/csv' }), 'activation-table.csv');
  });

  const announce = (text) => {
    $('copied').textContent = text;
    setTimeout(() => ($('copied').textContent = ''), 4000);
  };
  $('copy-link').addEventListener('click', async () => {
    writeUrl({ push: false });
    try {
      await navigator.clipboard.writeText(location.href);
      announce('Link copied.');
    } catch {
      announce(`Copy this link: ${location.href}`);
    }
  });

  $('copy-embed').addEventListener('click', () => {
    const { element, iframe } = embedSnippets(state, list, location.href);
    $('embed-element').value = element;
    $('embed-iframe').value = iframe;
    $('embed-copied').textContent = '';
    $('embed-dialog').showModal();
  });
  for (const button of document.querySelectorAll('[data-copy]')) {
    button.addEventListener('click', async () => {
      const field = $(button.dataset.copy);
      field.select();
      try {
        await navigator.clipboard.writeText(field.value);
        $('embed-copied').textContent = 'Copied.';
      } catch {
        $('embed-copied').textContent = 'Selected: press Ctrl+C (⌘C) to copy.';
      }
    });
  }

  window.addEventListener('popstate', loadFromUrl);
  new ResizeObserver(() => renderPlot()).observe(canvas);
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => renderPlot());

  fillPicker($('activation'), list);
  for (const id of ['activation', 'kink', 'show-derivative', 'starting-view', 'copy-link', 'copy-embed', 'add-curve']) $(id).disabled = false;
  loadFromUrl();
  plot.flush();
  renderExamples($('examples'), act, (example, text) => {
    const { name, params = {}, derivative } = example.fn;
    state.curves = [{ name, params: { ...params }, derivative: true, visible: true }];
    validParams = [{ ...params }];
    selected = 0;
    if (derivative) state.kink = derivative;
    state.inputs = text;
    state.view = null;
    writeUrl({ push: true });
    renderAll();
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
