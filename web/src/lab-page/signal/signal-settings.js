// Experiment 4's settings table: the network's width and depth, the
// initialisers compared (a list of the lab API's names), the activation,
// the biases, how many networks and input points, the seed.
import { INITIALISERS } from '../../api/lab/options.js';
import { MAX_SETTING_TEXT, integerSetting } from '../settings.js';
import { INITIALISER_LABELS, activation, bias, seed } from '../sections/common.js';

// At most one initialiser per palette colour, so each has its own.
export const MAX_INITIALISERS = 6;

function initialisersSetting() {
  return {
    key: 'inits',
    label: 'Initialisers',
    kind: 'integer-list',
    default: ['he-normal', 'xavier-normal', 'lecun-normal', 'pytorch'],
    hint: `Up to ${MAX_INITIALISERS} of: ${INITIALISERS.join(', ')}.`,
    read(text) {
      const expected = `up to ${MAX_INITIALISERS} initialisers separated by spaces, from: ${INITIALISERS.join(', ')}`;
      if (String(text).length > MAX_SETTING_TEXT) return { error: `expected ${expected}` };
      const names = [...new Set(String(text).split(/[\s,]+/).filter(Boolean))];
      const bad = names.find((name) => !INITIALISERS.includes(name));
      if (bad !== undefined) return { error: `"${bad}" is not an initialiser: expected ${expected}` };
      if (names.length === 0 || names.length > MAX_INITIALISERS) return { error: `expected ${expected}` };
      return { value: names };
    },
    write: (value) => value.join(' '),
  };
}

export const SIGNAL_SETTINGS = [
  integerSetting('width', { label: 'Width n', min: 1, max: 256, default: 64 }),
  integerSetting('depth', { label: 'Depth (hidden layers)', min: 1, max: 50, default: 20 }),
  initialisersSetting(),
  activation('Every hidden layer; the read-out is linear.'),
  bias('zero'),
  integerSetting('trials', { label: 'Networks per initialiser', min: 1, max: 2000, default: 50 }),
  integerSetting('inputs', { label: 'Input points per network', min: 1, max: 256, default: 16, hint: 'x ~ N(0, I), drawn per network.' }),
  seed(),
];

export const initialiserLabel = (name) => INITIALISER_LABELS[name] ?? name;
