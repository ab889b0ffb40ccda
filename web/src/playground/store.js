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
//   store.subscribe(['curves', 'view'], (state, changed) => …)
//   store.update({ view }, { history: 'continue' })

const REPLACE_INTERVAL_MS = 250;

export class Store {
  state;
  #listeners = [];
  #writeUrl;
  #pending = false;
  #open = false;  // a continuous action is under way
  #previous;      // the state a pending replacement would write
  #timer;

  // `writeUrl(state, { push })` records the state in the address bar.
  constructor(state, { writeUrl }) {
    this.state = { selected: 0, ...state };
    this.#writeUrl = writeUrl;
  }

  // `listener(state, changedKeys)` runs after every update that changes one
  // of `keys`; returns an unsubscribe function.
  subscribe(keys, listener) {
    const entry = { keys: new Set(keys), listener };
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
    for (const { keys: wanted, listener } of [...this.#listeners]) {
      if ([...wanted].some((key) => keys.has(key))) listener(this.state, keys);
    }
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
