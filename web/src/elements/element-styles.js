// The styles every element's shadow root starts from: the palette
// (plot/theme.js, the same colours as the playground), the elements' own
// text and surface colours, light and dark, and a reset so the host page's
// inherited styles stop at the element's box.
import { paletteCss } from '../plot/theme.js';

const LIGHT = `
  --ap-text: #1f2937; --ap-muted: #5b6472; --ap-border: #d5d9e0; --ap-surface: #f6f7f9; --ap-accent: #2563eb;
  --ap-error: #b42318; --ap-error-background: #fef3f2; --ap-error-border: #fda29b; --ap-mark: #fde68a;
  --ap-shade: rgb(0 0 0 / 0.28);
  --ap-scheme: light;`;
const DARK = `
  --ap-text: #e5e7eb; --ap-muted: #a3acb9; --ap-border: #343a46; --ap-surface: #20242c; --ap-accent: #7aa2ff;
  --ap-error: #ffb4ab; --ap-error-background: #3a1d1b; --ap-error-border: #7a2e28; --ap-mark: #7c5c12;
  --ap-shade: rgb(255 255 255 / 0.3);
  --ap-scheme: dark;`;

export const THEME_CSS = `
${paletteCss('element')}
:host { display: block; ${LIGHT} }
:host([hidden]) { display: none; }
@media (prefers-color-scheme: dark) { :host(:not([theme="light"])) { ${DARK} } }
:host([theme="dark"]) { ${DARK} }
:host([theme="light"]) { ${LIGHT} }
`;

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
