// What <activation-plot> and <activation-example> share: reading their
// attributes into activations and parameters checked by the JS API, with
// messages that name the attribute and its value, and the colour theme.
// Parameter attributes are the registry's parameter names with "_" written
// "-" (negative-slope for negative_slope), so no list of them lives here.
import { loadActivations } from './activations.js';
import { closestName, didYouMean } from './api/suggest.js';
import { parseNumberList } from './python/parse-inputs.js';

// HTMLElement where there is a DOM; a stand-in elsewhere, so importing an
// element module in Node (a server render, a test) defines nothing and
// throws nothing.
export const ElementBase = globalThis.HTMLElement ?? class {};

// What both elements share: the WASM core, loaded once however many
// elements a page has (loadActivations is memoised); renders coalesced into
// one microtask; observers stopped on disconnect; and the status, mirrored
// in custom states so a page can style :state(ready).
export class ElementCore {
  act;
  loadError;
  status = 'loading';
  errors = [];
  #element;
  #render;
  #internals;
  #scheduled = false;
  #stops = [];

  constructor(element, render) {
    this.#element = element;
    this.#render = render;
    this.#internals = element.attachInternals?.();
  }

  // Starts loading (once) and rendering; `stops` undo the element's
  // observers on disconnect.
  connect(stops) {
    this.#stops = stops;
    if (!this.act && !this.loadError) {
      loadActivations().then(
        (act) => {
          this.act = act;
          this.schedule();
        },
        (error) => {
          this.loadError = error;
          this.schedule();
        },
      );
    }
    this.schedule();
  }

  disconnect() {
    for (const stop of this.#stops) stop();
    this.#stops = [];
  }

  schedule() {
    if (this.#scheduled) return;
    this.#scheduled = true;
    queueMicrotask(() => {
      this.#scheduled = false;
      if (this.#element.isConnected) this.#render();
    });
  }

  setStatus(status, errors = []) {
    this.status = status;
    this.errors = errors;
    for (const state of ['loading', 'ready', 'error']) {
      try {
        if (state === status) this.#internals?.states?.add(state);
        else this.#internals?.states?.delete(state);
      } catch {
        // Engines with the older dashed-ident custom states: no styling hook.
      }
    }
  }
}

export function defineElement(name, constructor) {
  if (globalThis.customElements && !customElements.get(name)) customElements.define(name, constructor);
}

export const paramAttribute = (name) => name.replaceAll('_', '-');
const paramName = (attribute) => attribute.replaceAll('-', '_');

// An attribute value as a message shows it: quoted, and cut when long.
export function shown(value) {
  const text = String(value);
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text);
}
export const attributeText = (name, value) => `${name}=${shown(value)}`;

// Attributes any element may carry; never mistaken for a misspelt parameter.
const GLOBAL_ATTRIBUTES = new Set([
  'id', 'class', 'style', 'title', 'lang', 'dir', 'hidden', 'slot', 'part', 'exportparts', 'is', 'tabindex',
  'role', 'nonce', 'autofocus', 'inert', 'popover', 'translate', 'draggable', 'spellcheck', 'contenteditable',
  'accesskey', 'enterkeyhint', 'inputmode', 'autocapitalize', 'itemscope', 'itemtype', 'itemprop', 'itemid',
  'itemref', 'name',
]);
export const isGlobalAttribute = (name) =>
  GLOBAL_ATTRIBUTES.has(name) || name.startsWith('aria-') || name.startsWith('data-') || name.startsWith('on');

// The attributes that configure an element, as one string: a change to any
// other (class, style, aria-*) keeps what the reader set with the controls.
export const configurationKey = (element) =>
  [...element.attributes]
    .filter((a) => !isGlobalAttribute(a.name))
    .map((a) => `${a.name}=${a.value}`)
    .sort()
    .join('\n');

// Strict number syntax for attribute values: the whole text is one finite
// number (Number('') would be 0, Number('0x10') 16).
const NUMBER = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/;
export const parseNumber = (text) => (NUMBER.test(text) ? Number(text) : NaN);

// A boolean attribute: present means on, as in HTML; "false", "0", "no"
// and "off" are read as off too, since authors write them.
export function readBoolean(element, name, errors) {
  const value = element.getAttribute(name);
  if (value === null) return false;
  const text = value.trim().toLowerCase();
  if (['', 'true', '1', 'yes', 'on', name].includes(text)) return true;
  if (['false', '0', 'no', 'off'].includes(text)) return false;
  errors.push(`${attributeText(name, value)}: expected no value (present means on), or true or false`);
  return false;
}

// One of a few words; undefined when absent.
export function readChoice(element, name, choices, errors) {
  const value = element.getAttribute(name);
  if (value === null) return undefined;
  const text = value.trim();
  if (choices.includes(text)) return text;
  errors.push(`${attributeText(name, value)}: expected ${choices.map((c) => `"${c}"`).join(', ').replace(/, ([^,]*)$/, ' or $1')}${didYouMean(text, choices)}`);
  return undefined;
}

// "-5 5" or "-5, 5": two increasing finite numbers.
export function readRange(element, name, errors) {
  const value = element.getAttribute(name);
  if (value === null) return undefined;
  const parts = value.trim().split(/[\s,]+/).filter(Boolean);
  const [low, high] = parts.map(parseNumber);
  if (parts.length !== 2 || !Number.isFinite(low) || !Number.isFinite(high) || !(low < high)) {
    errors.push(`${attributeText(name, value)}: expected two increasing numbers, like ${name}="-5 5"`);
    return undefined;
  }
  return [low, high];
}

// Numbers as parseNumberList reads them (spaces or commas, or a Python
// list); each keeps its text and whether it is a Python int.
export function readInputs(element, name, errors, { finite = false } = {}) {
  const value = element.getAttribute(name);
  if (value === null) return undefined;
  const parsed = parseNumberList(value);
  if (!parsed.ok) {
    errors.push(`${attributeText(name, value)}: ${parsed.error.message}`);
    return undefined;
  }
  if (finite) {
    const bad = parsed.values.find((v) => !Number.isFinite(v.value));
    if (bad) {
      errors.push(`${attributeText(name, value)}: "${bad.text}" is not a finite number`);
      return undefined;
    }
  }
  return parsed.values;
}

// "relu leaky_relu(negative_slope=0.2, df=0)": names separated by spaces or
// commas, each with optional name=value settings in parentheses, the same
// form as the playground's fn= URL values.
function splitFunctions(text) {
  const items = [];
  let i = 0;
  while (i < text.length) {
    if (/[\s,]/.test(text[i])) {
      i += 1;
      continue;
    }
    const nameMatch = /^[^\s,()]+/.exec(text.slice(i));
    if (!nameMatch) return { error: `unexpected "${text[i]}" at character ${i + 1}` };
    const name = nameMatch[0];
    i += name.length;
    let j = i;
    while (j < text.length && /\s/.test(text[j])) j += 1;
    let settings = [];
    if (text[j] === '(') {
      const close = text.indexOf(')', j);
      if (close === -1) return { error: `the "(" after ${name} is never closed` };
      const inner = text.slice(j + 1, close).trim();
      settings = inner ? inner.split(',').map((pair) => pair.trim()) : [];
      for (const pair of settings) {
        if (!/^[^=]+=[^=]*$/.test(pair)) return { error: `expected name=value inside the parentheses of ${name}, got "${pair}"` };
      }
      settings = settings.map((pair) => pair.split('=').map((s) => s.trim()));
      i = close + 1;
    }
    items.push({ name, settings });
  }
  return { items };
}

const unquote = (text) => text.replace(/^(['"])(.*)\1$/, '$2');

// A parameter's value from its text: a finite number, or one of its choices.
function parseParamValue(spec, text) {
  if (spec.choices) {
    const choice = unquote(text);
    if (spec.choices.includes(choice)) return { value: choice };
    const list = spec.choices.map((c) => `"${c}"`).join(', ');
    return { error: `${spec.name} must be one of ${list}${didYouMean(choice, spec.choices)}` };
  }
  const value = parseNumber(text);
  if (Number.isFinite(value)) return { value };
  return { error: `${spec.name} must be a finite number, like ${spec.default}; ${shown(text)} is not one` };
}

// Reads the activations to show and their parameters from `element`:
//   fn="name name(param=value, df=0) …"   one or more activations
//   negative-slope="0.2"                  a parameter for every activation
//                                         that takes it and doesn't set it
// `ownAttributes` are the element's other attributes. Every problem is an
// entry of `errors`, naming the attribute and its value; parameter values
// are checked by the JS API (`act`), so its ranges and rules apply.
// Returns [{ name, spec, params, derivative (true, false or undefined) }].
export function readFunctions(element, act, { ownAttributes, maxFunctions }, errors) {
  const list = act.list();
  const byName = new Map(list.map((spec) => [spec.name, spec]));
  const fnText = element.getAttribute('fn');
  if (fnText === null || fnText.trim() === '') {
    errors.push(`missing fn: name an activation, like fn="relu"${maxFunctions > 1 ? ' or fn="relu leaky_relu"' : ''}`);
    return [];
  }
  const fnAttribute = attributeText('fn', fnText);
  const { items, error } = splitFunctions(fnText);
  if (error) {
    errors.push(`${fnAttribute}: ${error}`);
    return [];
  }
  if (items.length > maxFunctions) {
    errors.push(`${fnAttribute}: ${maxFunctions === 1 ? 'name one activation' : `at most ${maxFunctions} activations can be drawn together`}, got ${items.length}`);
    return [];
  }

  const functions = [];
  let failed = false;
  for (const { name, settings } of items) {
    const spec = byName.get(name);
    if (!spec) {
      const names = list.map((a) => a.name);
      errors.push(`${fnAttribute}: unknown activation ${shown(name)}${didYouMean(name, names)} (expected one of: ${names.join(', ')})`);
      failed = true;
      continue;
    }
    const fn = { name, spec, params: {}, derivative: undefined, sources: {} };
    for (const [rawKey, text] of settings) {
      const key = paramName(rawKey);
      if (key === 'df') {
        if (text !== '0' && text !== '1') {
          errors.push(`${fnAttribute}: df=${text} for ${name} should be df=1 (draw f′) or df=0 (don't)`);
          failed = true;
        } else {
          fn.derivative = text === '1';
        }
        continue;
      }
      const param = spec.params.find((p) => p.name === key);
      if (!param) {
        const names = spec.params.map((p) => p.name);
        const takes = names.length ? `it takes: ${names.join(', ')}` : 'it takes no parameters';
        errors.push(`${fnAttribute}: ${name} has no parameter ${shown(rawKey)}${didYouMean(key, names)} (${takes})`);
        failed = true;
        continue;
      }
      const parsed = parseParamValue(param, text);
      if (parsed.error) {
        errors.push(`${fnAttribute}: ${parsed.error}`);
        failed = true;
      } else {
        fn.params[key] = parsed.value;
        fn.sources[key] = fnAttribute;
      }
    }
    functions.push(fn);
  }
  if (failed) return [];

  // Parameter attributes, and attributes that look like misspelt ones.
  const paramNames = new Set(list.flatMap((spec) => spec.params.map((p) => p.name)));
  const suggestions = [...ownAttributes, ...[...paramNames].map(paramAttribute)];
  const seen = new Map();
  for (const { name: attribute, value } of element.attributes) {
    if (ownAttributes.includes(attribute) || isGlobalAttribute(attribute)) continue;
    const key = paramName(attribute);
    if (!paramNames.has(key)) {
      const guess = closestName(attribute, suggestions);
      if (guess !== undefined) errors.push(`unknown attribute ${attributeText(attribute, value)}; did you mean ${guess}?`);
      continue;
    }
    if (seen.has(key)) {
      errors.push(`${attributeText(attribute, value)} and ${attributeText(seen.get(key), element.getAttribute(seen.get(key)))} set the same parameter; keep one (${paramAttribute(key)})`);
      continue;
    }
    seen.set(key, attribute);
    const takers = functions.filter((fn) => fn.spec.params.some((p) => p.name === key));
    if (takers.length === 0) {
      const plotted = functions.map((fn) => fn.name).join(', ');
      errors.push(`${attributeText(attribute, value)}: no activation here (${plotted}) takes a parameter ${key}`);
      continue;
    }
    for (const fn of takers) {
      if (key in fn.params) continue;
      const parsed = parseParamValue(fn.spec.params.find((p) => p.name === key), value);
      if (parsed.error) {
        errors.push(`${attributeText(attribute, value)}: ${parsed.error}`);
        break;
      }
      fn.params[key] = parsed.value;
      fn.sources[key] = attributeText(attribute, value);
    }
  }

  // The API's own checks: ranges and rules between parameters.
  for (const fn of functions) {
    const problem = checkParams(act, fn.name, fn.params);
    if (problem) {
      // The API names each parameter at fault as "name = value".
      const named = Object.keys(fn.params).filter((key) => new RegExp(`\\b${key} = `).test(problem));
      const sources = [...new Set(named.map((key) => fn.sources[key] ?? fnAttribute))];
      errors.push(`${sources.length ? sources.join(', ') : fnAttribute}: ${problem}`);
    }
  }
  return errors.length ? [] : functions;
}

// The JS API's complaint about `params`, or undefined when they are valid.
export function checkParams(act, name, params) {
  try {
    act.evaluate(name, 0, params);
    return undefined;
  } catch (error) {
    return error.message;
  }
}

// A curve's name for legends and descriptions: the activation's label, and
// the parameters that are set (in `params`) or differ from their defaults.
export function functionLabel(spec, params, { setExplicitly = [] } = {}) {
  const changed = spec.params
    .filter((p) => params[p.name] !== undefined && (params[p.name] !== p.default || setExplicitly.includes(p.name)))
    .map((p) => `${p.name} = ${params[p.name]}`);
  return changed.length ? `${spec.label} (${changed.join(', ')})` : spec.label;
}

// The colours of the plot and of the elements' text, light and dark. The
// element follows the system unless theme="light" or theme="dark"; a page
// can restyle it by setting these custom properties on the element.
const LIGHT = `
  --plot-background: #ffffff; --plot-grid: #e9ebee; --plot-axis: #6b7280; --plot-text: #4b5563;
  --curve-1: #2563eb; --curve-2: #dc2626; --curve-3: #059669; --curve-4: #d97706; --curve-5: #7c3aed; --curve-6: #db2777;
  --ap-text: #1f2937; --ap-muted: #5b6472; --ap-border: #d5d9e0; --ap-surface: #f6f7f9; --ap-accent: #2563eb;
  --ap-error: #b42318; --ap-error-background: #fef3f2; --ap-error-border: #fda29b; --ap-mark: #fde68a;
  --ap-scheme: light;`;
const DARK = `
  --plot-background: #181b21; --plot-grid: #272c35; --plot-axis: #8b94a3; --plot-text: #b6bdc8;
  --curve-1: #7aa2ff; --curve-2: #ff7b72; --curve-3: #3fd3a0; --curve-4: #f5b84d; --curve-5: #b59cff; --curve-6: #ff8cc6;
  --ap-text: #e5e7eb; --ap-muted: #a3acb9; --ap-border: #343a46; --ap-surface: #20242c; --ap-accent: #7aa2ff;
  --ap-error: #ffb4ab; --ap-error-background: #3a1d1b; --ap-error-border: #7a2e28; --ap-mark: #7c5c12;
  --ap-scheme: dark;`;

export const THEME_CSS = `
:host { display: block; ${LIGHT} }
:host([hidden]) { display: none; }
@media (prefers-color-scheme: dark) { :host(:not([theme="light"])) { ${DARK} } }
:host([theme="dark"]) { ${DARK} }
:host([theme="light"]) { ${LIGHT} }
`;

// The host page's inherited styles (colour, font, spacing) stop at this
// box: everything inside is set here.
export const RESET_CSS = `
.frame {
  all: initial;
  display: block;
  box-sizing: border-box;
  color: var(--ap-text);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color-scheme: var(--ap-scheme);
  text-align: left;
}
.frame *, .frame *::before, .frame *::after { box-sizing: border-box; }
[hidden] { display: none !important; }
button, input, select { font: inherit; color: inherit; }
:focus-visible { outline: 2px solid var(--ap-accent); outline-offset: 2px; }
.error {
  margin: 0; padding: 10px 12px; border: 1px solid var(--ap-error-border); border-radius: 6px;
  background: var(--ap-error-background); color: var(--ap-error); white-space: pre-wrap; overflow-wrap: anywhere;
}
.error strong { display: block; margin-bottom: 2px; }
.error ul { margin: 4px 0 0; padding-left: 18px; }
mark { background: var(--ap-mark); color: inherit; border-radius: 2px; }
`;

const sheets = new Map();
// One constructable stylesheet per text, shared by every instance: allowed
// under a Content-Security-Policy without 'unsafe-inline', unlike <style>.
export function sharedSheet(cssText) {
  if (!sheets.has(cssText)) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(cssText);
    sheets.set(cssText, sheet);
  }
  return sheets.get(cssText);
}

// The error box: a heading and one line per problem.
export function renderErrors(box, heading, errors) {
  const title = document.createElement('strong');
  title.textContent = heading;
  const items = document.createElement('ul');
  items.append(...errors.map((message) => {
    const item = document.createElement('li');
    item.textContent = message;
    return item;
  }));
  box.replaceChildren(title, items);
  box.hidden = false;
}

// Calls `callback` when the system's colour scheme changes.
export function onSchemeChange(callback) {
  const query = globalThis.matchMedia?.('(prefers-color-scheme: dark)');
  query?.addEventListener('change', callback);
  return () => query?.removeEventListener('change', callback);
}
