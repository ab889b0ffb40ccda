// The playground's one store: the state (curves with their last valid
// parameters, view, inputs, options) plus the selected curve, and one
// update() through which every change goes. update() replaces the changed
// top-level fields, records the URL and tells the panels that read those
// fields; no panel keeps a hand list of what else to redraw.
//
// History: each discrete action is one entry. A continuous one (a slider
// drag, a pan, a zoom gesture) pushes one entry when it starts, replaces
// it at most every REPLACE_INTERVAL_MS while it goes on, and writes its
// last state when it ends (its release), so Back undoes it as a whole.
// Another action arriving before that release closes it and gets its own
// entry. Typed text (the inputs box) replaces the current entry as it
// changes, at most every REPLACE_INTERVAL_MS: it is kept, not stepped.
//
// Panels that do not draw the plot (tables, statistics, lists) subscribe
// with { afterFrame: true }: during a continuous action or typing their
// updates are coalesced and run once after the next frame is painted, so a
// slider drag or a pan redraws only the plot in its frame. A discrete
// action (or a release) runs every listener at once.
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
  #previous;      // the state a pending replacement would write
  #timer;
  #deferred = null;  // a flush of the deferred listeners is scheduled

  // `writeUrl(state, { push })` records the state in the address bar.
  constructor(state, { writeUrl }) {
    this.state = { selected: 0, ...state };
    this.#writeUrl = writeUrl;
  }

  // `listener(state, changedKeys, { deferred })` runs after every update
  // that changes one of `keys` (with afterFrame, after the frame when the
  // update is a step of a continuous action or typed text: `deferred` is
  // then true, so a costly panel off screen may wait for the action to
  // pause); returns an unsubscribe function.
  subscribe(keys, listener, { afterFrame = false } = {}) {
    const entry = { keys: new Set(keys), listener, afterFrame, pending: null };
    this.#listeners.push(entry);
    return () => this.#listeners.splice(this.#listeners.indexOf(entry), 1);
  }

  // Applies `change` (new values for top-level fields). `history` is 'push'
  // (a discrete action), 'continue' (a step of a continuous action), 'end'
  // (its release; a discrete action when none is under way), 'replace'
  // (typed text) or 'none' (the state came from the URL itself:
  // back/forward, or a field the URL does not hold).
  update(change, { history = 'push' } = {}) {
    const changed = Object.keys(change).filter((key) => change[key] !== this.state[key]);
    if (changed.length) {
      this.state = { ...this.state, ...change };
      if (this.state.selected >= this.state.curves.length) this.state.selected = this.state.curves.length - 1;
    }
    if (history === 'end' && (changed.length || this.#open)) this.#endAction();
    else if (history === 'push' && changed.length) this.#pushAction();
    else if (history === 'continue' && changed.length) this.#continueAction();
    else if (history === 'replace' && changed.length) this.#replaceSoon();
    else if (history === 'none') this.#open = this.#pending = false;
    if (changed.length === 0) return;
    const keys = new Set(changed);
    for (const entry of [...this.#listeners]) {
      if (!changed.some((key) => entry.keys.has(key))) continue;
      if (entry.afterFrame && (history === 'continue' || history === 'replace')) {
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
    for (const entry of [...this.#listeners]) if (entry.pending) this.#notify(entry, new Set(), true);
  }

  #notify(entry, keys, deferred = false) {
    const all = entry.pending ? new Set([...entry.pending, ...keys]) : keys;
    entry.pending = null;
    entry.listener(this.state, all, { deferred });
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

  // A discrete action: a continuous one still open keeps its entry and
  // this one gets a new entry (the state before it is on the old one:
  // what was pending is written there first).
  #pushAction() {
    this.#open = false;
    if (this.#pending) this.#writePrevious();
    this.#write(true);
  }

  #continueAction() {
    if (!this.#open) {
      if (this.#pending) this.#writePrevious();
      this.#open = true;
      this.#write(true);
      return;
    }
    this.#replaceSoon();
  }

  #replaceSoon() {
    this.#pending = true;
    this.#previous = this.state;
    this.#timer ??= setTimeout(() => {
      this.#timer = undefined;
      if (this.#pending) this.#write(false);
    }, REPLACE_INTERVAL_MS);
  }

  // Writes the last replaced state, still pending, onto the current entry
  // before a new one is pushed, so the entry Back returns to holds it.
  #writePrevious() {
    this.#pending = false;
    this.#writeUrl(this.#previous, { push: false });
  }

  #write(push) {
    this.#pending = false;
    this.#writeUrl(this.state, { push });
  }
}
