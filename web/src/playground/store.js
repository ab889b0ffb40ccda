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
//   store.subscribe(['curves', 'view'], (state, changed) => …)
//   store.update({ view }, { history: 'continue' })

const REPLACE_INTERVAL_MS = 250;

export class Store {
  state;
  #listeners = [];
  #writeUrl;
  #pending = false;
  #open = false;  // a continuous action is under way
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
