// The stylesheet of <activation-plot>'s shadow root.
import { RESET_CSS, THEME_CSS } from './element-styles.js';

const DEFAULT_HEIGHT = '300px';
const MIN_PLOT = '200px';

export const PLOT_ELEMENT_CSS = `${THEME_CSS}${RESET_CSS}
.frame {
  display: flex; flex-direction: column; gap: 6px; height: 100%;
  padding: 8px; border: 1px solid var(--ap-border); border-radius: 8px; background: var(--plot-background);
}
.legend { display: flex; flex-wrap: wrap; gap: 2px 16px; margin: 0; padding: 0 4px; list-style: none; font-size: 13px; }
.legend li { display: inline-flex; align-items: center; gap: 6px; }
.swatch { display: inline-block; width: 22px; height: 0; border-top: 3px solid var(--swatch); }
.swatch.dashed { border-top-style: dashed; width: 18px; border-top-width: 2px; }
.swatch.dotted { border-top-style: dotted; width: 18px; border-top-width: 2px; }
.legend-item { color: var(--ap-text); }
/* In a box of fixed height the plot gives way first (its shrink factor
   dwarfs the table's), down to MIN_PLOT or its own height if less; then
   the table scrolls. */
.plot { position: relative; flex: 1 1000 var(--plot-height, ${DEFAULT_HEIGHT}); min-height: min(${MIN_PLOT}, var(--plot-height, ${DEFAULT_HEIGHT})); }
canvas { position: absolute; inset: 0; width: 100%; height: 100%; display: block; touch-action: pan-y; }
.status { position: absolute; inset: 0; display: grid; place-items: center; color: var(--ap-muted); font-size: 13px; }
.readout {
  position: absolute; top: 4px; right: 6px; max-width: calc(100% - 60px); margin: 0; padding: 2px 6px;
  border-radius: 4px; background: var(--plot-background); color: var(--ap-muted); opacity: 0.94;
  font-size: 12px; font-variant-numeric: tabular-nums; pointer-events: none;
}
.readout:empty { display: none; }
.values-box {
  flex: 0 1 auto; min-height: 4.5em; overflow: auto; overscroll-behavior: contain;
  /* Scroll shadows: a shade at an edge with rows beyond it. */
  background:
    linear-gradient(var(--plot-background) 40%, transparent) top / 100% 20px no-repeat local,
    linear-gradient(transparent, var(--plot-background) 60%) bottom / 100% 20px no-repeat local,
    radial-gradient(farthest-side at 50% 0, var(--ap-shade), transparent) top / 100% 9px no-repeat scroll,
    radial-gradient(farthest-side at 50% 100%, var(--ap-shade), transparent) bottom / 100% 9px no-repeat scroll;
}
table { border-collapse: collapse; font-size: 13px; line-height: 1.2; font-variant-numeric: tabular-nums; margin: 0 4px; }
caption { text-align: left; color: var(--ap-muted); font-size: 12px; padding-bottom: 1px; white-space: nowrap; }
th .swatch { width: 16px; margin-right: 5px; vertical-align: middle; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
th, td { padding: 1px 12px 1px 0; text-align: right; border-bottom: 1px solid var(--ap-border); }
thead th { font-weight: 600; white-space: nowrap; }
tbody th { font-weight: 500; }
.controls { display: grid; gap: 8px; margin: 2px 0 0; padding: 8px 4px 0; border-top: 1px solid var(--ap-border); }
fieldset { margin: 0; padding: 0; border: 0; min-width: 0; }
fieldset legend { padding: 0; font-weight: 600; display: inline-flex; align-items: center; gap: 6px; }
.param { display: grid; grid-template-columns: minmax(7em, max-content) minmax(80px, 1fr) 6.5em; align-items: center; gap: 4px 10px; margin-top: 4px; }
.param label { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 13px; }
.param input[type="range"] { width: 100%; margin: 0; accent-color: var(--ap-accent); }
.param input[type="text"], select {
  width: 100%; padding: 3px 6px; border: 1px solid var(--ap-border); border-radius: 4px;
  background: var(--plot-background); font-variant-numeric: tabular-nums;
}
.param [aria-invalid="true"] { border-color: var(--ap-error); }
.param .hint, .param .field-error { grid-column: 1 / -1; margin: 0; font-size: 12px; color: var(--ap-muted); }
.param .field-error { color: var(--ap-error); }
.presets { grid-column: 1 / -1; display: flex; flex-wrap: wrap; gap: 4px 6px; }
.presets button { padding: 1px 8px; font-size: 12px; }
.row { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 16px; }
.row label { display: inline-flex; align-items: center; gap: 6px; }
button {
  padding: 3px 12px; border: 1px solid var(--ap-border); border-radius: 4px;
  background: var(--ap-surface); cursor: pointer;
}
button:hover { border-color: var(--ap-accent); }
.fallback { color: var(--ap-text); }
/* On paper: the plot as drawn and the whole table; nothing to operate. */
@media print {
  .controls, .readout { display: none !important; }
  .frame { height: auto; break-inside: avoid; }
  .values-box { overflow: visible; background: none; flex: none; }
}
@media (max-width: 480px) { .param { grid-template-columns: 1fr 6.5em; } .param input[type="range"] { grid-column: 1 / -1; grid-row: 2; } }
`;
