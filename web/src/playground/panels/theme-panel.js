// The theme picker: system, light or dark, kept in the store (and so in
// the URL) and applied as data-theme on <html>, which the palette follows.
import { THEMES } from '../../plot/theme.js';

const $ = (id) => document.getElementById(id);
const LABELS = { system: 'System', light: 'Light', dark: 'Dark' };

export function mountThemePanel(store) {
  const select = $('theme');
  select.replaceChildren(...THEMES.map((theme) => new Option(LABELS[theme], theme)));
  const apply = ({ theme }) => {
    select.value = theme;
    if (theme === 'system') delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = theme;
  };
  select.addEventListener('change', () => store.update({ theme: select.value }));
  store.subscribe(['theme'], apply);
  apply(store.state);
}
