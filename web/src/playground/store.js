// The playground's one store: the state (curves with their last valid
// parameters, view, inputs, options) plus the selected curve, and one
// update() through which every change goes. update() replaces the changed
// top-level fields, records the URL and tells the panels that read those
// fields; no panel keeps a hand list of what else to redraw.
//
// History: each discrete action is one entry. A continuous one (a slider
// drag, a pan, typing) pushes one entry when it starts, replaces it at
// most every REPLACE_INTERVAL_MS while it goes on, and is closed by the
// next discrete action (its own release), so Back undoes it as a whole.
//
// Panels that do not draw the plot (tables, statistics, lists) subscribe
// with { afterFrame: true }: during a continuous action their updates are
// coalesced and run once after the next frame is painted, so a slider drag
// or a pan redraws only the plot in its frame. A discrete action runs
// every listener at once.
//
//   store.subscribe(['curves', 'view'], (state, changed) => …)
//   store.subscribe(['inputs'], render, { afterFrame: true })
//   store.update({ view }, { history: 'continue' })

const REPLACE_INTERVAL_MS = 250;
// Deferred listeners run after the next frame, or after this long when no
// frame comes (a hidden tab does not render).
const DEFER_LIMIT_MS = 100;

export class Store {
  state;
  #listeners = [];
  #writeUrl;
  #pending = false;
  #open = false;  // a continuous action is under way
  #timer;
  #deferred = null;  // a flush of the deferred listeners is scheduled

  // `writeUrl(state, { push })` records the state in the address bar.
  constructor(state, { writeUrl }) {
    this.state = { selected: 0, ...state };
    this.#writeUrl = writeUrl;
  }

  // `listener(state, changedKeys)` runs after every update that changes one
  // of `keys` (with afterFrame, after the frame when the update is a step
  // of a continuous action); returns an unsubscribe function.
  subscribe(keys, listener, { afterFrame = false } = {}) {
    const entry = { keys: new Set(keys), listener, afterFrame, pending: null };
    this.#listeners.push(entry);
    return () => this.#listeners.splice(this.#listeners.indexOf(entry), 1);
  }

  // Applies `change` (new values for top-level fields). `history` is 'push'
  // (a discrete action, or the end of a continuous one), 'continue' (a step
  // of a continuous action) or 'none' (the state came from the URL itself:
  // back/forward, or a field the URL does not hold).
  update(change, { history = 'push' } = {}) {
    const changed = Object.keys(change).filter((key) => change[key] !== this.state[key]);
    if (changed.length) {
      this.state = { ...this.state, ...change };
      if (this.state.selected >= this.state.curves.length) this.state.selected = this.state.curves.length - 1;
    }
    if (history === 'push' && (changed.length || this.#open)) this.#endAction();
    else if (history === 'continue' && changed.length) this.#continueAction();
    else if (history === 'none') this.#open = this.#pending = false;
    if (changed.length === 0) return;
    const keys = new Set(changed);
    for (const entry of [...this.#listeners]) {
      if (!changed.some((key) => entry.keys.has(key))) continue;
      if (entry.afterFrame && history === 'continue') {
        entry.pending = entry.pending ? new Set([...entry.pending, ...keys]) : keys;
        this.#scheduleDeferred();
      } else {
        this.#notify(entry, keys);
      }
    }
  }

  // Runs the deferred listeners now (before an export, say).
  flushDeferred() {
    this.#deferred = null;
    for (const entry of [...this.#listeners]) if (entry.pending) this.#notify(entry, new Set());
  }

  #notify(entry, keys) {
    const all = entry.pending ? new Set([...entry.pending, ...keys]) : keys;
    entry.pending = null;
    entry.listener(this.state, all);
  }

  #scheduleDeferred() {
    if (this.#deferred) return;
    const token = {};
    this.#deferred = token;
    const flush = () => {
      if (this.#deferred === token) this.flushDeferred();
    };
    requestAnimationFrame(() => setTimeout(flush, 0));
    setTimeout(flush, DEFER_LIMIT_MS);
  }

  // Writes a pending URL now (before a link is copied, say).
  flush() {
    if (this.#pending) this.#write(false);
  }

  #endAction() {
    this.#write(!this.#open);
    this.#open = false;
  }

  #continueAction() {
    if (!this.#open) {
      this.#open = true;
      this.#write(true);
      return;
    }
    this.#pending = true;
    this.#timer ??= setTimeout(() => {
      this.#timer = undefined;
      if (this.#pending) this.#write(false);
    }, REPLACE_INTERVAL_MS);
  }

  #write(push) {
    this.#pending = false;
    this.#writeUrl(this.state, { push });
  }
}
