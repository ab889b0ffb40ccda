// The lab page's whole setup as URL query parameters: every section's
// settings (sections/*.js declare them in one table each, settings.js) under
// keys `<section id>.<setting key>`, plus the page's theme:
//
//   ?theme=dark&born-dead.widths=2+3+5&born-dead.trials=500&collapse.activation=leaky_relu(negative_slope=0.01)
//
// Values equal to the default are not written. Reading never trusts the URL
// and never throws: unknown keys, repeated keys and values a setting
// refuses are dropped with a notice (plain text, for textContent) and the
// default kept. Pure: no DOM, so it is tested under Node.
import { describe } from '../api/describe.js';
import { THEMES } from '../plot/theme.js';
import { defaultValues } from './settings.js';

// More keys than any setup has: the rest are not even looked at.
export const MAX_QUERY_KEYS = 200;
export const MAX_QUERY_LENGTH = 8000;
// Unknown keys named one by one; the rest are counted.
const MAX_UNKNOWN_SHOWN = 5;

export function defaultLabState(sections) {
  return { theme: 'system', sections: Object.fromEntries(sections.map((s) => [s.id, defaultValues(s.settings)])) };
}

// { state, notices } from a query string; `context` is the registry
// ({ byName, checkParams }) for activation settings.
export function parseLabState(search, sections, context) {
  const state = defaultLabState(sections);
  const notices = [];
  let text = String(search ?? '');
  if (text.length > MAX_QUERY_LENGTH) {
    notices.push(`The link's settings are longer than ${MAX_QUERY_LENGTH} characters: they were ignored and the defaults used.`);
    text = '';
  }
  const query = new URLSearchParams(text);
  const keys = [...new Set(query.keys())];
  if (keys.length > MAX_QUERY_KEYS) notices.push(`Only the first ${MAX_QUERY_KEYS} settings of the link were read.`);
  const byKey = new Map();
  for (const section of sections) for (const setting of section.settings) byKey.set(`${section.id}.${setting.key}`, { section, setting });
  const unknown = [];
  for (const key of keys.slice(0, MAX_QUERY_KEYS)) {
    const [value, ...more] = query.getAll(key);
    if (more.length) notices.push(`${describe(key)} is given ${more.length + 1} times: the first is used.`);
    if (key === 'theme') {
      if (THEMES.includes(value)) state.theme = value;
      else notices.push(`Ignored theme=${describe(value)}: expected ${THEMES.join(', ')}.`);
      continue;
    }
    const target = byKey.get(key);
    if (!target) {
      unknown.push(key);
      continue;
    }
    const read = target.setting.read(value, context);
    if (read.error) notices.push(`Ignored ${key}=${describe(value)}: ${read.error}. The default, ${target.setting.write(target.setting.default, context)}, is used.`);
    else state.sections[target.section.id][target.setting.key] = read.value;
  }
  for (const key of unknown.slice(0, MAX_UNKNOWN_SHOWN)) notices.push(`Ignored ${describe(key)}: the lab has no such setting.`);
  if (unknown.length > MAX_UNKNOWN_SHOWN) notices.push(`Ignored ${unknown.length - MAX_UNKNOWN_SHOWN} more settings the lab does not have.`);
  return { state, notices };
}

// The query for `state`, defaults left out.
export function serializeLabState(state, sections, context) {
  const query = new URLSearchParams();
  if (state.theme !== 'system') query.set('theme', state.theme);
  for (const section of sections) {
    const values = state.sections[section.id] ?? {};
    for (const setting of section.settings) {
      if (!(setting.key in values)) continue;
      const text = setting.write(values[setting.key], context);
      if (text !== setting.write(setting.default, context)) query.set(`${section.id}.${setting.key}`, text);
    }
  }
  return query.toString();
}
