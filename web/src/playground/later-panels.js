// The panels on or near the first screen that do not draw the first plot
// (the library-name search, the evaluate table, the zero-gradient shares,
// the link and embed buttons): one module, so the page loads them after
// the first plot in one request, and the bundle cuts the code they share
// with the first plot into few chunks.
export { mountEvaluatePanel } from './panels/evaluate-panel.js';
export { mountNamesPanel } from './panels/names-panel.js';
export { mountSharePanel } from './panels/share-panel.js';
export { mountStatsPanel } from './panels/stats-panel.js';
