// Experiment 4, signal through depth (He et al. 2015; Hanin and Rolnick
// 2018). Not yet on this page: the section shows so, rather than results it
// has not computed. (The lab API's signalDepth already computes it.)
import { para } from './common.js';

export const id = 'signal-depth';
export const title = '4. Signal through depth';
export const method = 'signalDepth';
export const settings = [];

export function mountSection(root) {
  const note = para('Not yet on this page. This experiment follows the second moment E[h²]/E[x²], the dead share and the gradient norm layer by layer for each initialiser, against the theory line for the chosen activation. Its view is still being built; no result is shown until it is.');
  note.className = 'lab-not-yet';
  root.append(note);
}
