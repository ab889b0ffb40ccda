// The one list of overlaid curves, above the plot: each entry selects the
// curve the controls edit and has its own show/hide toggle and f″ toggle
// (f″ dotted, per curve, in the URL as ddf=1); its swatches say how it is
// drawn (solid f, dashed f′, dotted f″). Also the starting views:
// ready-made comparisons, as URL queries, read by the page's own parser.
import { swatchesOf } from '../../plot/legend.js';
import { curveClass } from '../../plot/theme.js';
import { sceneCurves } from '../scene.js';
import { parseState } from '../url-state.js';

const $ = (id) => document.getElementById(id);
const make = (tag, props = {}) => Object.assign(document.createElement(tag), props);

const STARTING_VIEWS = [
  { label: 'ReLU', query: 'fn=relu' },
  { label: 'ReLU vs leaky ReLU (α = 0.01, the first article)', query: 'fn=relu&fn=leaky_relu&x=-2,1&y=-0.15,1.15&inset=-2,0,-0.024,0.013' },
  { label: 'Leaky slopes: PyTorch 0.01, Keras 0.2, Keras layer 0.3', query: 'fn=leaky_relu(df=0)&fn=leaky_relu(negative_slope=0.2,df=0)&fn=leaky_relu(negative_slope=0.3,df=0)&x=-4,2' },
  { label: 'ReLU, leaky ReLU and ELU', query: 'fn=relu&fn=leaky_relu(negative_slope=0.1)&fn=elu&x=-4,3' },
  { label: 'GELU: exact vs tanh approximation', query: 'fn=gelu&fn=gelu(approximate=tanh)&x=-4,3' },
  { label: 'sigmoid vs tanh', query: 'fn=sigmoid&fn=tanh&x=-6,6' },
];

// A toggle of one curve's setting: a pressed button whose name says what
// pressing it does.
function curveToggle(store, i, { text, className, pressed, label, flip }) {
  const button = make('button', { type: 'button', className, textContent: text });
  button.setAttribute('aria-pressed', String(pressed));
  button.setAttribute('aria-label', label);
  button.addEventListener('click', () => store.update({ curves: store.state.curves.map((c, j) => (j === i ? flip(c) : c)) }));
  return button;
}

export function mountCurvesPanel(store, act, list) {
  const byName = new Map(list.map((a) => [a.name, a]));

  function render(state) {
    const curves = sceneCurves(state, byName);
    $('curves').replaceChildren(...curves.map((curve, i) => {
      const item = make('li', { className: `${curveClass(curve.colourIndex)}${i === state.selected ? ' selected' : ''}` });
      const select = make('button', { type: 'button', className: 'curve-select' });
      select.setAttribute('aria-pressed', String(i === state.selected));
      const { swatches, name } = swatchesOf(curve);
      select.title = `Edit this curve (${name.slice(curve.label.length + 2)})`;
      select.append(...swatches, make('span', { className: 'label', textContent: curve.label }));
      select.addEventListener('click', () => store.update({ selected: i }, { history: 'none' }));
      // Pressed when asked for, drawn or still loading (scene.js).
      const wanted = curve.showSecondDerivative || curve.secondDerivativeLoading;
      const second = curveToggle(store, i, {
        text: 'f″',
        className: 'curve-second',
        pressed: wanted,
        label: `${wanted ? 'Hide' : 'Show'} the second derivative f″ of ${curve.label} (dotted)`,
        flip: (c) => ({ ...c, secondDerivative: !c.secondDerivative }),
      });
      const toggle = curveToggle(store, i, {
        text: curve.visible ? 'Hide' : 'Show',
        className: 'curve-toggle',
        pressed: curve.visible,
        label: `${curve.visible ? 'Hide' : 'Show'} ${curve.label}`,
        flip: (c) => ({ ...c, visible: !c.visible }),
      });
      item.append(select, second, toggle);
      return item;
    }));
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

  store.subscribe(['curves', 'selected', 'derivatives', 'analysis'], render, { afterFrame: true });
  render(store.state);
  startingView.disabled = false;
}
