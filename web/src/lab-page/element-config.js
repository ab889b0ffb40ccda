// <activation-lab>'s attributes read into a section and its settings:
// `experiment` names the section (sections/index.js), `theme` and
// `autorun` are the element's own, and every other attribute is one of the
// section's settings under its URL key (widths="2 3 5", trials="500",
// activation="leaky_relu(negative_slope=0.01)"), read by the setting's own
// reader. A value that cannot be read is reported (naming the attribute and
// what was expected) and the default used; an unknown attribute is
// reported with a suggestion. Pure apart from reading attributes.
import { describe } from '../api/describe.js';
import { didYouMean } from '../api/suggest.js';
import { attributeText, isGlobalAttribute } from '../elements/attributes.js';
import { THEMES } from '../plot/theme.js';
import { defaultValues } from './settings.js';
import { SECTIONS, sectionById } from './sections/index.js';

export const OWN_ATTRIBUTES = ['experiment', 'theme', 'autorun'];
export const DEFAULT_EXPERIMENT = 'born-dead';

// { section, values, theme, autorun, errors } from the element's attributes.
export function readLabAttributes(element, registry) {
  const errors = [];
  const ids = SECTIONS.map((s) => s.id);
  const asked = element.getAttribute('experiment');
  let section = sectionById(asked ?? DEFAULT_EXPERIMENT);
  if (!section) {
    errors.push(`${attributeText('experiment', asked)}: expected ${ids.map((i) => `"${i}"`).join(', ')}${didYouMean(String(asked).slice(0, 100), ids)}; showing "${DEFAULT_EXPERIMENT}"`);
    section = sectionById(DEFAULT_EXPERIMENT);
  }
  const theme = element.getAttribute('theme');
  if (theme !== null && !THEMES.includes(theme)) errors.push(`${attributeText('theme', theme)}: expected ${THEMES.map((t) => `"${t}"`).join(', ')}`);
  const autorun = element.hasAttribute('autorun');
  const values = defaultValues(section.settings);
  const keys = section.settings.map((s) => s.key);
  for (const { name, value } of [...element.attributes]) {
    if (isGlobalAttribute(name) || OWN_ATTRIBUTES.includes(name)) continue;
    const setting = section.settings.find((s) => s.key === name);
    if (!setting) {
      const takes = keys.length ? `it takes ${keys.join(', ')}` : 'it takes no settings yet';
      errors.push(`Unknown attribute ${describe(name)} for experiment "${section.id}"${didYouMean(name, keys)} (${takes})`);
      continue;
    }
    const read = setting.read(value, registry);
    if (read.error) errors.push(`${attributeText(name, value)}: ${read.error}; the default, ${setting.write(setting.default, registry)}, is used`);
    else values[name] = read.value;
  }
  return { section, values, theme, autorun, errors };
}
