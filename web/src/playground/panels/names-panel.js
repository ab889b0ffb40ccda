// Any library's name for the selected curve: a search box that knows the
// registry's names and every name PyTorch, Keras, TensorFlow.js, JAX and
// Hugging Face give the same functions, and says what a name means here
// ("Keras 3 leaky_relu = leaky_relu, negative_slope = 0.2") with that
// library's defaults put on the curve.
import { describe } from '../../api/describe.js';
import { libraryResolver, mappingText, pickerNames } from '../../curves/library-name.js';

const $ = (id) => document.getElementById(id);

export function mountNamesPanel(store, act, list) {
  const byName = new Map(list.map((a) => [a.name, a]));
  const names = pickerNames(list, act.libraries());
  const byValue = new Map(names.map((entry) => [entry.value, entry]));
  const resolveName = libraryResolver(act);
  $('activation-names').replaceChildren(...names.map(({ value, label }) => new Option(label, value)));

  const say = (text, isError = false) => {
    $('search-mapping').textContent = text;
    $('search-mapping').classList.toggle('error-text', isError);
  };

  // A name typed without its library: the libraries that use it.
  const bare = (text) => names.filter((entry) => entry.value.includes(':') && entry.value.split(':')[1].toLowerCase() === text.toLowerCase());

  function choose(text) {
    const wanted = text.trim();
    if (wanted === '') return;
    let entry = byValue.get(wanted);
    const matches = entry ? [] : bare(wanted);
    entry ??= matches[0];
    let resolved;
    try {
      resolved = byName.has(wanted) ? { name: wanted, params: {} } : resolveName(entry?.value ?? wanted);
    } catch (error) {
      say(error.message, true);
      return;
    }
    if (!resolved) {
      say(`${describe(wanted)} is not a name any library gives an activation here; try a library's prefix, like keras:${wanted}`, true);
      return;
    }
    const { state } = store;
    const curves = state.curves.map((curve, i) => (i === state.selected ? { ...curve, name: resolved.name, params: { ...resolved.params } } : curve));
    store.update({ curves });
    const others = matches.length > 1 ? ` Also: ${matches.slice(1).map((m) => m.label).join('; ')}.` : '';
    say(entry ? `${mappingText(entry)}.${others}` : `${byName.get(resolved.name).label} (${resolved.name}).`);
  }

  const search = $('activation-search');
  search.addEventListener('change', () => choose(search.value));
  search.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') choose(search.value);
  });
  search.disabled = false;
}
