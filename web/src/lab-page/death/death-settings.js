// Experiment 3's settings table (the lab page's settings.js kinds): the
// network on TensorFlow Playground's circle, the learning rates swept (any
// of the Playground's menu), the run's length and seeds, the rate whose
// details (time of death, Pr[h > 0]) are drawn, and the live run's own
// settings, which have no field in the form (the live panel has its
// controls) but live in the URL like the rest.
import { PLAYGROUND_LEARNING_RATES } from '../../api/lab/options.js';
import { formatNumber, readNumber } from '../../curves/numbers.js';
import { MAX_SETTING_TEXT, choiceSetting, integerListSetting, integerSetting } from '../settings.js';
import { activation, seed } from '../sections/common.js';
import { LIVE_ACTIVATIONS, LIVE_LIMITS } from '../live/live-activations.js';

const MENU = PLAYGROUND_LEARNING_RATES.map(String);

// Hidden layer widths, repeats allowed (8 8 is the Playground's 2-8-8-1),
// each from 1 to 64, at most 6 layers (the Playground's own cap).
function hiddenSetting() {
  const base = integerListSetting('hidden', { label: 'Hidden layers', min: 1, max: 64, maxLength: 6, default: [8, 8], hint: 'Units per hidden layer, like "8 8" for the Playground’s 2-8-8-1.' });
  return {
    ...base,
    read(text) {
      const expected = 'whole numbers from 1 to 64 separated by spaces, at most 6, like "8 8"';
      if (String(text).length > MAX_SETTING_TEXT) return { error: `expected ${expected}` };
      const parts = String(text).split(/[\s,]+/).filter(Boolean);
      const values = parts.map((part) => readNumber(part).value);
      if (parts.length === 0 || parts.length > 6 || values.some((v) => !(Number.isInteger(v) && v >= 1 && v <= 64))) return { error: `expected ${expected}` };
      return { value: values };
    },
  };
}

// Learning rates from the Playground's menu (index.html: 0.00001 … 10),
// in increasing order, no repeats.
function ratesSetting() {
  return {
    key: 'rates',
    label: 'Learning rates',
    kind: 'integer-list',
    default: [0.003, 0.03, 0.3, 1, 3, 10],
    hint: `Any of the Playground’s menu: ${MENU.join(', ')}.`,
    read(text) {
      const expected = `learning rates from the Playground’s menu (${MENU.join(' ')}) separated by spaces`;
      if (String(text).length > MAX_SETTING_TEXT) return { error: `expected ${expected}` };
      const parts = String(text).split(/[\s,]+/).filter(Boolean);
      const values = parts.map((part) => readNumber(part).value);
      const bad = values.findIndex((v) => !PLAYGROUND_LEARNING_RATES.includes(v));
      if (parts.length === 0 || bad >= 0) return { error: `${bad >= 0 ? `"${parts[bad]}" is not on the menu: ` : ''}expected ${expected}` };
      return { value: [...new Set(values)].sort((a, b) => a - b) };
    },
    write: (value) => value.map(formatNumber).join(' '),
  };
}

export const DEATH_SETTINGS = [
  hiddenSetting(),
  activation('Compared with leaky ReLU (0.01) on the same seeds, or with ReLU if you choose leaky ReLU.'),
  ratesSetting(),
  integerSetting('epochs', { label: 'Epochs', min: 1, max: 500, default: 50 }),
  integerSetting('batch', { label: 'Batch size', min: 1, max: 30, default: 10, hint: 'The Playground’s slider: 1 to 30.' }),
  integerSetting('seeds', { label: 'Seeds (networks per rate)', min: 1, max: 2000, default: 40 }),
  seed(),
  choiceSetting('detail', { label: 'Details at learning rate', choices: MENU, default: '3', hint: 'The time-of-death raster and Pr[h > 0] are drawn for this rate (it is run if not in the list).' }),
  choiceSetting('live-lr', { label: 'Live run: learning rate', choices: MENU, default: '3', control: false, results: false }),
  choiceSetting('live-activation', { label: 'Live run: activation', choices: Object.keys(LIVE_ACTIVATIONS), default: 'relu', control: false, results: false }),
  integerSetting('live-network', { label: 'Live run: network', min: 0, max: LIVE_LIMITS.network, default: 0, control: false, results: false }),
];

// The pair compared on the same seeds: the chosen activation and leaky
// ReLU at 0.01 (PyTorch's default slope), or ReLU when the choice is that.
export function comparedActivations(chosen) {
  const leaky = { name: 'leaky_relu', params: { negative_slope: 0.01 } };
  const isLeaky001 = chosen.name === 'leaky_relu' && (chosen.params.negative_slope ?? 0.01) === 0.01;
  return isLeaky001 ? [chosen, { name: 'relu', params: {} }] : [chosen, leaky];
}

// Every rate the run needs: the swept ones and the detail rate.
export const ratesToRun = (values) => [...new Set([...values.rates, Number(values.detail)])].sort((a, b) => a - b);
