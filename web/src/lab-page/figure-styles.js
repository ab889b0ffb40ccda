// The styles of experiments 3 and 4's figures (chart grids, the rasters,
// the live run), adopted by the document or the shadow root a section is
// mounted in, so they work on lab.html and inside <activation-lab> alike
// without a <link> in either. Colours are the page's custom properties, as
// in section-styles.js.
export const FIGURE_CSS = `
.lab-chart-grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 320px), 1fr)); gap: 14px; margin-bottom: 14px; }
.death-raster-title { font-size: 0.9rem; margin: 0 0 4px; }
.death-raster .chart-canvas { height: 220px; }
.lab-live { margin-top: 18px; border-top: 1px solid var(--border); padding-top: 10px; }
.lab-live > h3 { margin: 0 0 6px; font-size: 1.05rem; }
.lab-live > p { margin: 0 0 8px; max-width: 80ch; font-size: 0.95rem; }
.live-controls { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
.live-controls label { display: inline-flex; gap: 6px; align-items: center; font-size: 0.9rem; color: var(--muted); }
.live-controls input[type="number"] { width: 7em; background: var(--surface); color: var(--text); border: 1px solid var(--border); border-radius: 6px; padding: 5px 8px; min-height: 34px; }
.live-controls button[aria-pressed="true"] { outline: 2px solid var(--accent); outline-offset: 1px; }
.live-status { margin: 8px 0; font-size: 0.9rem; font-variant-numeric: tabular-nums; min-height: 1.3em; }
.live-error { margin: 8px 0 0; }
.live-figure { display: flex; flex-wrap: wrap; gap: 16px; align-items: flex-start; }
.live-figure figure { margin: 0; min-width: 0; }
.live-figure figure:first-child { flex: 1 1 260px; max-width: 420px; }
.live-figure figure:last-child { flex: 1 1 260px; max-width: 360px; }
.live-figure canvas { display: block; width: 100%; }
.live-figure figcaption { font-size: 0.8rem; color: var(--muted); margin-top: 4px; }
.live-table { border-collapse: collapse; font-size: 0.85rem; }
.live-table th, .live-table td { text-align: left; padding: 2px 10px 2px 0; border-bottom: 1px solid var(--border); vertical-align: top; }
.live-announce { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
`;

const adopted = new WeakSet();

// Adds FIGURE_CSS to the document or shadow root holding `element`, once.
export function adoptFigureStyles(element) {
  const scope = element.getRootNode();
  if (!('adoptedStyleSheets' in scope) || adopted.has(scope)) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(FIGURE_CSS);
  scope.adoptedStyleSheets = [...scope.adoptedStyleSheets, sheet];
  adopted.add(scope);
}
