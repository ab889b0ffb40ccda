// A properties line per curve under the plot, in the curve's colour: the
// summary a learner compares activations by (range, bounded, monotonic,
// zero-centred, continuity of f and f′, saturation, zero gradient), from
// the core through curves/properties-text.js: computed at the curve's
// parameters where the core can, else the registry's at the defaults, and
// then a curve with other parameters says so and shows the registry's note
// on how they change.
import { curveClass } from '../../plot/theme.js';
import { curvePropertiesSummary } from '../../curves/properties-text.js';
import { sceneCurves } from '../scene.js';

const make = (tag, props = {}) => Object.assign(document.createElement(tag), props);

function propertiesItem(act, curve, spec) {
  const { line, scope, note } = curvePropertiesSummary(act, spec, curve.params);
  const item = make('li', { className: curveClass(curve.colourIndex) });
  item.dataset.activation = curve.name;
  const swatch = make('span', { className: 'swatch swatch-f' });
  swatch.setAttribute('aria-hidden', 'true');
  const name = make('strong', { className: 'properties-name', textContent: `${curve.label}${curve.visible ? '' : ' (hidden)'}:` });
  const parts = [swatch, name, ' '];
  if (scope) parts.push(make('em', { className: 'properties-scope', textContent: `${scope}: ` }));
  parts.push(make('span', { className: 'properties-line', textContent: line }));
  if (note) parts.push(make('span', { className: 'properties-note', textContent: `How the parameters change this: ${note}` }));
  item.append(...parts);
  return item;
}

// Each curve's line is kept while its curve is unchanged (name,
// parameters, label, colour, visibility): a slider step rebuilds the
// moving curve's line only, and the list is not touched when nothing moved.
export function mountPropertiesPanel(store, act, byName) {
  const list = document.getElementById('curve-properties');
  if (!list) return;
  let items = new Map();  // curve key -> its <li>
  const render = (state) => {
    const next = new Map();
    for (const curve of sceneCurves(state, byName)) {
      const key = JSON.stringify([curve.name, curve.params, curve.label, curve.colourIndex, curve.visible]);
      next.set(key, next.get(key) ?? items.get(key) ?? propertiesItem(act, curve, byName.get(curve.name)));
    }
    const elements = [...next.values()];
    if (elements.length !== list.children.length || elements.some((item, i) => list.children[i] !== item)) list.replaceChildren(...elements);
    items = next;
  };
  store.subscribe(['curves'], render, { afterFrame: true });
  render(store.state);
}
