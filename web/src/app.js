// Wires the playground page: loads the core, builds the controls from the
// registry, and redraws the plot and the results table on every change.
import { loadActivations } from './activations.js';
import { buildParamControls, fillPicker } from './controls.js';
import { renderEvaluation } from './evaluator.js';
import { renderExamples } from './example-cards.js';
import { drawPlot, sampleCount } from './plot.js';

const $ = (id) => document.getElementById(id);

const X_RANGE = { from: -5, to: 5 };
const KINK_LABELS = { pytorch: 'PyTorch convention', left: 'left-sided derivative', right: 'right-sided derivative' };

function start(act) {
  const list = act.list();
  const byName = new Map(list.map((a) => [a.name, a]));
  const state = { name: 'relu', params: {}, kink: 'pytorch' };
  // The last parameters the core accepted: a bad edit keeps the plot on them.
  let validParams = {};

  const picker = $('activation');
  const kink = $('kink');
  const paramError = $('param-error');
  const canvas = $('plot');
  const evaluation = { input: $('inputs'), errorElement: $('inputs-error'), tbody: document.querySelector('#results tbody') };

  const activation = () => byName.get(state.name);
  const options = () => ({ kink: state.kink });

  function showFormulas() {
    const a = activation();
    const lines = [a.formula, a.derivativeFormula].map((text) => {
      const p = document.createElement('p');
      p.className = 'formula';
      p.textContent = text;
      return p;
    });
    $('formulas').replaceChildren(...lines);
    $('convention').textContent = `f′ at kinks: ${KINK_LABELS[state.kink]}. ${a.kinkConvention}`;
  }

  function redraw() {
    const sample = act.sample(state.name, { ...X_RANGE, count: sampleCount(canvas) }, validParams, options());
    // The view and plot area in CSS pixels, for hit-testing and tests.
    canvas.dataset.view = JSON.stringify(drawPlot(canvas, sample));
    canvas.setAttribute(
      'aria-label',
      `Plot of ${activation().label} f(x) (solid) and its derivative f′(x) (dashed) for x from ${X_RANGE.from} to ${X_RANGE.to}.`,
    );
  }

  function evaluate() {
    renderEvaluation(evaluation, (xs) => ({
      y: act.apply(state.name, xs, validParams),
      dy: act.gradient(state.name, xs, validParams, undefined, options()),
    }));
  }

  function showParamError(message) {
    paramError.textContent = message ? `${message}. The plot keeps the last valid value.` : '';
    paramError.hidden = !message;
  }

  // `textError` reports a field whose text is not a number at all; anything
  // else is checked by the API itself, so the page and the API agree.
  function update(textError) {
    if (textError) {
      showParamError(textError);
    } else {
      try {
        act.evaluate(state.name, 0, state.params);
        validParams = { ...state.params };
        showParamError('');
      } catch (error) {
        showParamError(error.message);
      }
    }
    showFormulas();
    redraw();
    evaluate();
  }

  function selectActivation(name) {
    state.name = name;
    state.params = Object.fromEntries(activation().params.map((p) => [p.name, p.default]));
    picker.value = name;
    buildParamControls($('params'), activation(), state.params, (param, value, text) => {
      state.params = { ...state.params, [param]: value };
      const notANumber = Number.isNaN(value) && text !== undefined;
      update(notANumber ? `${state.name} parameter ${param}: "${text}" is not a number` : undefined);
    });
    update();
  }

  fillPicker(picker, list);
  picker.addEventListener('change', () => selectActivation(picker.value));
  kink.addEventListener('change', () => {
    state.kink = kink.value;
    update();
  });
  evaluation.input.addEventListener('input', evaluate);
  new ResizeObserver(() => redraw()).observe(canvas);

  picker.disabled = false;
  kink.disabled = false;
  selectActivation(state.name);
  renderExamples($('examples'), act);
}

loadActivations().then(
  (act) => {
    start(act);
    $('status').hidden = true;
    document.body.dataset.ready = 'true';
  },
  (error) => {
    const status = $('status');
    status.textContent = `The playground could not start: ${error.message}`;
    status.classList.add('error');
  },
);
