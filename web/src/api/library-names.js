// Other libraries' names for the registry's activations (the core's
// library-names table, from registryJson): resolve('keras', 'leaky_relu')
// gives { name: 'leaky_relu', params: { negative_slope: 0.2 } }, and a name
// written 'keras:leaky_relu' is accepted wherever a registry name is, with
// that library's defaults under the caller's parameters. No DOM.
import { argumentError } from './check-arguments.js';
import { describe } from './describe.js';
import { closestName } from './suggest.js';

// Other spellings of the library keys.
const LIBRARY_ALIASES = Object.freeze({
  torch: 'pytorch',
  tf: 'tfjs',
  tensorflowjs: 'tfjs',
  'tensorflow.js': 'tfjs',
  hf: 'huggingface',
  transformers: 'huggingface',
});

// The module paths people write before a name: 'torch.nn.functional.gelu',
// 'F.gelu', 'nn.GELU', 'keras.layers.LeakyReLU', 'tf.layers.leakyReLU',
// 'jax.nn.gelu'. keras.ops is not stripped: keras.ops.gelu's default (the
// tanh form) is not keras.activations.gelu's.
const PREFIXES = Object.freeze({
  pytorch: [['torch.nn.functional.', ''], ['torch.nn.', ''], ['torch.', ''], ['nn.functional.', ''], ['F.', ''], ['nn.', '']],
  keras: [['keras.activations.', ''], ['keras.layers.', ''], ['activations.', ''], ['layers.', '']],
  tfjs: [['tf.layers.', 'layers.'], ['tf.', '']],
  jax: [['jax.nn.', ''], ['nn.', '']],
  huggingface: [['ACT2FN.', '']],
});

// Suggestions compare names by edit distance, quadratic in the lengths:
// text longer than any name is not compared, so work stays bounded.
const MAX_SUGGESTED_LENGTH = 64;

const suggest = (text, candidates) =>
  text.length <= MAX_SUGGESTED_LENGTH ? closestName(text, candidates) : undefined;

const copyParams = (params) => ({ ...params });

// The table indexed for lookups: each library's label, each library's names
// (Map name -> entry), and every name written 'library:name' for suggestions.
function indexNames({ libraries, libraryNames }) {
  const labels = new Map(libraries.map(({ key, label }) => [key, label]));
  const byLibrary = new Map(libraries.map(({ key }) => [key, new Map()]));
  for (const entry of libraryNames) byLibrary.get(entry.library).set(entry.name, entry);
  const qualified = libraryNames.map((entry) => `${entry.library}:${entry.name}`);
  return { labels, byLibrary, qualified };
}

// The library key `library` spells (any case, or an alias such as 'torch'),
// or an error that suggests the nearest. Error fields: the library, and as
// `activation` the name as the caller gave it ('keras:leaky_rel' or 'leaky_rel').
function libraryKey({ labels }, library, given) {
  if (typeof library !== 'string') throw argumentError(TypeError, `library must be a string, got ${describe(library)}`, { library, activation: given });
  const key = LIBRARY_ALIASES[library.toLowerCase()] ?? library.toLowerCase();
  if (labels.has(key)) return key;
  const keys = [...labels.keys()];
  const guess = suggest(library, [...keys, ...Object.keys(LIBRARY_ALIASES)]);
  const hint = guess === undefined ? '' : `; did you mean "${LIBRARY_ALIASES[guess] ?? guess}"?`;
  throw argumentError(RangeError, `unknown library ${describe(library)}${hint} (expected one of: ${keys.join(', ')})`, {
    library,
    activation: given,
  });
}

// `name` without a module path the library's code puts before it (see
// PREFIXES), but only when what remains is one of the library's names.
function withoutPrefix({ byLibrary }, key, name) {
  for (const [prefix, replacement] of PREFIXES[key] ?? []) {
    if (name.startsWith(prefix) && byLibrary.get(key).has(replacement + name.slice(prefix.length))) {
      return replacement + name.slice(prefix.length);
    }
  }
  return name;
}

// The same name in another library ("LeakyReLU" asked of JAX:
// "pytorch:LeakyReLU"; "thresholdedReLU": "tfjs:layers.thresholdedReLU").
function suggestElsewhere({ byLibrary }, name) {
  if (name.length > MAX_SUGGESTED_LENGTH) return undefined;
  for (const [key, names] of byLibrary) {
    for (const spelling of [name, `layers.${name}`]) {
      if (names.has(spelling)) return `${key}:${spelling}`;
    }
  }
  return undefined;
}

// The entry `name` names in `library`, or a RangeError that suggests the
// nearest name in that library, else the same name in another library,
// else the nearest 'library:name' of all. An entry with no registry
// activation (a library's function the registry lacks) is an error too,
// giving the table's note on why.
function findEntry(index, library, name, given = name) {
  const { labels, byLibrary, qualified } = index;
  const key = libraryKey(index, library, given);
  if (typeof name !== 'string') throw argumentError(TypeError, `${labels.get(key)} name must be a string, got ${describe(name)}`, { library: key, activation: given });
  const names = byLibrary.get(key);
  const entry = names.get(withoutPrefix(index, key, name));
  if (entry === undefined) {
    const guess = suggest(name, [...names.keys()]) ?? suggestElsewhere(index, name) ?? suggest(`${key}:${name}`, qualified);
    const hint = guess === undefined ? '' : `; did you mean "${guess}"?`;
    throw argumentError(RangeError, `unknown ${labels.get(key)} name ${describe(name)}${hint}`, { library: key, activation: given });
  }
  if (entry.activation === null) {
    throw argumentError(RangeError, `${labels.get(key)} ${describe(name)} is not one of the registry's activations: ${entry.note}`, {
      library: key,
      activation: given,
    });
  }
  return entry;
}

// `json` is the parsed registry: { libraries, libraryNames }.
export function createLibraryNames({ libraries, libraryNames }) {
  const index = indexNames({ libraries, libraryNames });
  return Object.freeze({
    // { name, params } for a library's name: the registry entry and the
    // parameter values that library uses by default (plain objects, copies).
    resolve(library, name) {
      const entry = findEntry(index, library, name);
      return { name: entry.activation, params: copyParams(entry.params) };
    },

    // For any API call: 'library:name' names a registry entry and that
    // library's defaults ({ name, params }); a name without a colon (every
    // registry name) or a non-string gives null, for the usual checks.
    named(name) {
      if (typeof name !== 'string') return null;
      const colon = name.indexOf(':');
      if (colon < 0) return null;
      const entry = findEntry(index, name.slice(0, colon), name.slice(colon + 1), name);
      return { name: entry.activation, params: copyParams(entry.params) };
    },

    // The names of one registry entry in every library, for list().
    namesOf(activation) {
      return libraryNames
        .filter((entry) => entry.activation === activation)
        .map(({ library, name, params, note }) => ({ library, name, params: copyParams(params), note }));
    },

    // Every library: { key, label }.
    libraries: () => libraries.map((library) => ({ ...library })),
  });
}
