// The styles of a lab section, the same on lab.html and inside
// <activation-lab>'s shadow root: the layout (controls beside results,
// stacked on a phone), the form, the run bar, the statistics, the charts
// (plot/chart-view.js). Colours are the page's custom properties (--text,
// --muted, --border, --surface, --accent, --error…): styles.css defines
// them on lab.html, ELEMENT_VARIABLES maps the elements' own onto them.
import { CHART_CSS } from '../plot/chart-view.js';

export const SECTION_CSS = `
.lab-section { min-width: 0; }
.lab-section > h2, .lab-section > h3 { margin: 0 0 8px; font-size: 1.15em; }
.lab-intro p, .lab-notes p { margin: 0 0 8px; max-width: 80ch; }
.lab-notes { margin-top: 12px; font-size: 0.95em; }
.lab-body { display: grid; grid-template-columns: minmax(240px, 1fr) minmax(0, 2.4fr); gap: 16px; align-items: start; margin-top: 12px; }
.lab-controls, .lab-output { min-width: 0; }
.lab-form { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 0 10px; }
.lab-field { display: flex; flex-direction: column; gap: 3px; margin-bottom: 10px; font-size: 0.9em; min-width: 0; }
.lab-field .hint { font-size: 0.9em; }
.lab-field > label { color: var(--muted); }
.lab-field-activation, .lab-field-integer-list, .lab-field-wide { grid-column: 1 / -1; }
.lab-field input, .lab-field select { width: 100%; min-width: 0; }
.lab-field .field-error { margin: 0; font-size: 0.85em; color: var(--error); }
.lab-constant { margin-top: 4px; }
.lab-params { border: 1px solid var(--border); border-radius: 8px; margin: 6px 0 0; padding: 6px 10px; min-width: 0; }
.lab-params legend { font-size: 0.85em; color: var(--muted); padding-inline: 4px; }
.lab-run { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin-top: 4px; }
.lab-progress { flex: 1 1 100px; min-width: 80px; height: 10px; accent-color: var(--accent); }
.lab-status { margin: 6px 0 0; font-size: 0.85em; color: var(--muted); min-height: 1.3em; }
.lab-error { margin: 6px 0 0; }
.lab-stale { margin: 0 0 8px; padding: 6px 10px; font-size: 0.9em; border-left: 4px solid var(--notice-border, #f59e0b); background: var(--notice-surface, transparent); border-radius: 4px; }
.lab-results.stale .chart-canvas, .lab-results.stale .lab-stats { opacity: 0.45; }
.lab-stats { display: grid; grid-template-columns: repeat(auto-fit, minmax(150px, 1fr)); gap: 8px; margin: 0 0 12px; }
.lab-stats > div { border: 1px solid var(--border); border-radius: 8px; padding: 6px 10px; }
.lab-stats dt { font-size: 0.8em; color: var(--muted); }
.lab-stats dd { margin: 2px 0 0; font-size: 1.15em; font-variant-numeric: tabular-nums; }
.lab-exports { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin-top: 10px; }
.lab-not-yet { margin: 0; padding: 10px 12px; border: 1px dashed var(--border); border-radius: 8px; color: var(--muted); max-width: 80ch; }
.lab-results:empty + .lab-exports { margin-top: 0; }
@media (max-width: 820px) {
  .lab-body { grid-template-columns: minmax(0, 1fr); }
}
@media (max-width: 420px) {
  .lab-form { grid-template-columns: minmax(0, 1fr); }
}
${CHART_CSS}
`;

// In an element: the page variables the rules above read, from the
// elements' own (elements/element-styles.js), and the controls' looks.
export const ELEMENT_SECTION_CSS = `
.frame { background: var(--plot-background); border: 1px solid var(--ap-border); border-radius: 10px; padding: 12px 14px; }
.frame > .error { margin-bottom: 10px; }
.frame { --text: var(--ap-text); --muted: var(--ap-muted); --border: var(--ap-border); --surface: var(--ap-surface);
  --accent: var(--ap-accent); --accent-text: var(--ap-surface); --error: var(--ap-error); --error-surface: var(--ap-error-background);
  --notice-border: var(--ap-mark); --notice-surface: transparent; }
select, input[type="text"], button { background: var(--surface); border: 1px solid var(--border); border-radius: 6px; padding: 5px 8px; min-height: 34px; }
button { cursor: pointer; background: var(--accent); color: var(--accent-text); border-color: var(--accent); padding-inline: 12px; }
button.secondary { background: var(--surface); color: var(--text); border-color: var(--border); }
button:disabled { opacity: 0.5; cursor: default; }
.hint { font-size: 0.8em; color: var(--muted); margin: 0; }
.error { color: var(--error); background: var(--error-surface); border-radius: 6px; padding: 6px 8px; }
.param { display: grid; grid-template-columns: minmax(0, 1fr) 6.5em; gap: 4px 8px; align-items: center; margin-bottom: 8px; }
.param label, .param .param-description, .param .presets, .param .field-error { grid-column: 1 / -1; }
.param .param-description { margin: 0; font-size: 0.8em; color: var(--muted); }
.param .presets { display: flex; flex-wrap: wrap; gap: 4px; }
.param .preset { min-height: 26px; padding: 2px 8px; font-size: 0.8em; background: var(--surface); color: var(--text); border-color: var(--border); }
.param .field-error { margin: 0; font-size: 0.85em; color: var(--error); }
.param input[type="text"] { width: 100%; }
`;
