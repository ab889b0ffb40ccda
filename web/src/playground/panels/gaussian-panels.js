// The three panels on what an activation does to a Gaussian input (its
// distribution and moments, the initialisation gains, the q-map) and their
// CSV exports: one module the page imports after the first plot, so none
// of it weighs on the first plot's bundle.
import { bindGaussianExports } from '../gaussian-csv.js';
import { mountDistributionPanel } from './distribution-panel.js';
import { mountGainPanel } from './gain-panel.js';
import { mountQmapPanel } from './qmap-panel.js';

export function mountGaussianPanels(store, act, byName) {
  mountDistributionPanel(store, act, byName);
  mountGainPanel(store, act, byName);
  mountQmapPanel(store, act, byName);
  bindGaussianExports(store, act, byName);
}
