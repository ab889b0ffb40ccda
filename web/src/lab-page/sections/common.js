// Settings and helpers the sections share: the initialiser and bias menus
// (the lab API's names), the activation and seed settings, and small
// formatting and DOM helpers.
import { BIASES, INITIALISERS } from '../../api/lab/options.js';
import { activationSetting, biasSetting, choiceSetting, integerSetting } from '../settings.js';

export const INITIALISER_LABELS = {
  'he-normal': 'He (Kaiming) normal',
  'he-uniform': 'He (Kaiming) uniform',
  'xavier-normal': 'Xavier (Glorot) normal',
  'xavier-uniform': 'Xavier (Glorot) uniform',
  'lecun-normal': 'LeCun normal',
  pytorch: "PyTorch's nn.Linear default",
  playground: "TensorFlow Playground's",
};
export const BIAS_LABELS = { initialiser: "the initialiser's own", zero: 'zero', drawn: 'drawn like the weights' };

export const activation = (hint) => activationSetting('activation', { label: 'Hidden activation', default: { name: 'relu', params: {} }, hint });
export const initialiser = (fallback) => choiceSetting('init', { label: 'Weights', choices: [...INITIALISERS], labels: INITIALISER_LABELS, default: fallback, wide: true });
export const bias = (fallback) => biasSetting('bias', { label: 'Biases', choices: BIASES.filter((b) => b !== 'constant'), labels: BIAS_LABELS, default: fallback });
export const seed = () => integerSetting('seed', { label: 'Seed', min: 0, max: 2 ** 32 - 1, default: 1, hint: 'The same seed gives the same trials, bit for bit.' });

// The options every experiment takes from these settings.
export const commonOptions = (values) => ({
  activation: values.activation.name,
  params: values.activation.params,
  init: values.init,
  bias: values.bias,
  seed: values.seed,
});

export const make = (tag, props = {}, children = []) => {
  const element = Object.assign(document.createElement(tag), props);
  element.append(...children);
  return element;
};

// A paragraph from text and inline elements.
export const para = (...parts) => make('p', {}, parts);

// A share as a percentage with one decimal, a probability with three.
export const percent = (share) => `${(100 * share).toFixed(1)} %`;
export const prob = (p) => p.toFixed(3);

// A number in an exponent form that stays short: 3.2e−5.
export function short(value) {
  if (!Number.isFinite(value)) return String(value);
  if (value !== 0 && (Math.abs(value) < 1e-3 || Math.abs(value) >= 1e5)) {
    const [mantissa, exponent] = value.toExponential(2).split('e');
    return `${mantissa.replace(/\.?0+$/, '')}e${exponent.replace('+', '').replace('-', '−')}`;
  }
  return String(Number(value.toPrecision(4)));
}

// The activation as a reader names it: "relu" or "leaky_relu(negative_slope=0.01)".
export function activationName({ name, params }) {
  const set = Object.entries(params);
  return set.length ? `${name}(${set.map(([k, v]) => `${k}=${v}`).join(', ')})` : name;
}
