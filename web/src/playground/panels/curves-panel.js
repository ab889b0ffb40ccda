// The list of overlaid curves (choose the one the controls edit), the
// legend (toggle a curve's visibility) and the starting views: ready-made
// comparisons, as URL queries, read by the page's own URL parser.
import { curveClass } from '../../plot/theme.js';
import { renderLegend } from '../../plot/legend.js';
import { sceneCurves } from '../scene.js';
import { parseState } from '../url-state.js';

const $ = (id) => document.getElementById(id);

const STARTING_VIEWS = [
  { label: 'ReLU', query: 'fn=relu' },
  { label: 'ReLU vs leaky ReLU (α = 0.01, the first article)', query: 'fn=relu&fn=leaky_relu&x=-2,1&y=-0.15,1.15' },
  { label: 'Leaky slopes: PyTorch 0.01, Keras 0.2, Keras layer 0.3', query: 'fn=leaky_relu(df=0)&fn=leaky_relu(negative_slope=0.2,df=0)&fn=leaky_relu(negative_slope=0.3,df=0)&x=-4,2' },
  { label: 'ReLU, leaky ReLU and ELU', query: 'fn=relu&fn=leaky_relu(negative_slope=0.1)&fn=elu&x=-4,3' },
  { label: 'GELU: exact vs tanh approximation', query: 'fn=gelu&fn=gelu(approximate=tanh)&x=-4,3' },
  { label: 'sigmoid vs tanh', query: 'fn=sigmoid&fn=tanh&x=-6,6' },
];

export function mountCurvesPanel(store, act, list) {
  const byName = new Map(list.map((a) => [a.name, a]));

  function renderChips(state) {
    const curves = sceneCurves(state, byName);
    $('curves').replaceChildren(...curves.map((curve, i) => {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = `curve-chip ${curveClass(curve.colourIndex)}`;
      button.setAttribute('aria-pressed', String(i === state.selected));
      button.textContent = curve.label;
      button.addEventListener('click', () => store.update({ selected: i }, { history: 'none' }));
      item.append(button);
      return item;
    }));
    renderLegend($('legend'), curves, {
      onToggle: (i) => store.update({ curves: store.state.curves.map((c, j) => (j === i ? { ...c, visible: !c.visible } : c)) }),
    });
  }

  // Views naming an activation the registry lacks are left out.
  const startingView = $('starting-view');
  const available = STARTING_VIEWS.filter((view) =>
    new URLSearchParams(view.query).getAll('fn').every((fn) => byName.has(fn.replace(/\(.*$/, ''))),
  );
  startingView.append(...available.map((view) => new Option(view.label, view.query)));
  startingView.addEventListener('change', () => {
    if (!startingView.value) return;
    const { state } = parseState(startingView.value, list, act.checkParams);
    startingView.value = '';
    store.update({ ...state, selected: 0 });
  });

  store.subscribe(['curves', 'selected', 'derivatives'], renderChips);
  renderChips(store.state);
  startingView.disabled = false;
}
