// Experiment 3, death at a high learning rate, on TensorFlow Playground's
// circle data set. Not yet on this page: the section shows so, rather than
// results it has not computed. (The lab API's playgroundDeath and
// createPlaygroundRun already compute it.)
import { para } from './common.js';

export const id = 'high-lr';
export const title = '3. Death at a high learning rate';
export const method = 'playgroundDeath';
export const settings = [];

export function mountSection(root) {
  const note = para('Not yet on this page. This experiment trains TensorFlow Playground\'s own network (2-8-8-1, ReLU, tanh output) on its circle data set at the learning rates of its menu, and counts the units that die, beside the same seeds with leaky ReLU. Its view (dead share against learning rate, time of death, a live run with the decision surface) is still being built; no result is shown until it is.');
  note.className = 'lab-not-yet';
  root.append(note);
}
