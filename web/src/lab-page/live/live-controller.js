// The live run's clock: one PlaygroundRun (the lab's API) advanced by play,
// pause and steps of a point, a batch or an epoch, with a redraw after each.
// Play trains one epoch per animation frame, as the Playground's play
// button does (playground.ts, d3.timer → oneStep), but in slices of points
// that stop once a frame's time budget is spent, so however large the
// network the main thread never blocks for long; the epoch then finishes
// over the next frames. No DOM: the view is told to draw through onFrame.
//
// What rebuilds and what keeps the network follows the Playground
// (tests/lab/PLAYGROUND.md): a new learning rate keeps the network and
// changes later updates; a new activation, shape, batch, seed or trial
// builds a new run. A run is (seed, trial): the same pair always gives the
// same data and first network, where the Playground draws a new network
// from wherever its random stream stands.

// Work per frame before yielding: well under the 50 ms a main-thread task
// may take, leaving the frame's drawing time.
const FRAME_BUDGET_MS = 12;
const FIRST_SLICE = 25;

export class LiveController {
  #lab;
  #run = null;
  #options = null;
  #playing = false;
  #frame = 0;
  #slice = FIRST_SLICE;
  #now;
  #requestFrame;
  #cancelFrame;

  // `onFrame(run, reason)` draws; reason is 'build', 'step', 'play' or 'lr'.
  // `onState(playing)` follows play and pause.
  constructor(lab, { onFrame, onState = () => {}, now = () => performance.now(), requestFrame = (fn) => requestAnimationFrame(fn), cancelFrame = (id) => cancelAnimationFrame(id) }) {
    this.#lab = lab;
    this.onFrame = onFrame;
    this.onState = onState;
    this.#now = now;
    this.#requestFrame = requestFrame;
    this.#cancelFrame = cancelFrame;
  }

  get run() {
    return this.#run;
  }

  get playing() {
    return this.#playing;
  }

  // Builds the run for `options` (createPlaygroundRun's), or only changes
  // the learning rate when nothing else differs. Throws the API's
  // TypeError/RangeError for bad options, leaving the old run in place.
  configure(options) {
    const { lr, ...structure } = options;
    const same = this.#options && JSON.stringify(structure) === JSON.stringify(this.#options.structure);
    if (same && this.#run) {
      if (lr !== this.#options.lr) {
        this.#run.setLearningRate(lr);
        this.#options.lr = lr;
        this.onFrame(this.#run, 'lr');
      }
      return false;
    }
    const run = this.#lab.createPlaygroundRun(options);
    this.#run?.dispose();
    this.#run = run;
    this.#options = { structure, lr };
    this.onFrame(run, 'build');
    return true;
  }

  // Builds the same run again: back to epoch 0.
  reset() {
    if (!this.#options) return;
    const options = { ...this.#options.structure, lr: this.#options.lr };
    this.#options = null;
    this.configure(options);
  }

  // One point, one batch or one epoch, then a redraw. Pauses first.
  step(unit) {
    if (!this.#run) return;
    this.pause();
    if (unit === 'point') this.#run.trainPoints(1);
    else if (unit === 'batch') this.#run.stepBatch();
    else this.#finishEpoch(Infinity);
    this.onFrame(this.#run, 'step');
  }

  play() {
    if (this.#playing || !this.#run) return;
    this.#playing = true;
    this.onState(true);
    this.#frame = this.#requestFrame(() => this.#tick());
  }

  pause() {
    if (!this.#playing) return;
    this.#playing = false;
    this.#cancelFrame(this.#frame);
    this.onState(false);
  }

  toggle() {
    if (this.#playing) this.pause();
    else this.play();
  }

  dispose() {
    this.pause();
    this.#run?.dispose();
    this.#run = null;
    this.#options = null;
  }

  #tick() {
    if (!this.#playing || !this.#run) return;
    const epoch = this.#run.epoch;
    this.#finishEpoch(FRAME_BUDGET_MS);
    // Draw when an epoch ended, as the Playground does, or every frame for
    // a network too large for one epoch per frame.
    this.onFrame(this.#run, this.#run.epoch !== epoch ? 'play' : 'play-partial');
    if (this.#playing) this.#frame = this.#requestFrame(() => this.#tick());
  }

  // Trains in slices of points until the epoch ends or `budget` ms pass.
  // The slice adapts so that one slice takes about a tenth of the budget.
  #finishEpoch(budget) {
    const run = this.#run;
    const epoch = run.epoch;
    const start = this.#now();
    while (run.epoch === epoch) {
      const before = this.#now();
      run.trainPoints(this.#slice);
      const took = this.#now() - before;
      if (Number.isFinite(budget)) {
        if (took < FRAME_BUDGET_MS / 20) this.#slice = Math.min(this.#slice * 2, 100000);
        else if (took > FRAME_BUDGET_MS / 5) this.#slice = Math.max(1, this.#slice >> 1);
        if (this.#now() - start > budget) break;
      }
    }
  }
}
