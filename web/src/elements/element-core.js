// Custom-element plumbing shared by <activation-plot> and
// <activation-example>: the WASM core loaded once however many elements a
// page has (loadActivations is memoised), renders coalesced into one
// microtask, observers stopped on disconnect, the status mirrored in
// custom states (a page can style :state(ready)), shared stylesheets and
// the error box.
import { loadActivations } from '../activations.js';

// HTMLElement where there is a DOM; a stand-in elsewhere, so importing an
// element module in Node (a server render, a test) defines nothing and
// throws nothing.
export const ElementBase = globalThis.HTMLElement ?? class {};

export class ElementCore {
  act;
  loadError;
  status = 'loading';
  errors = [];
  #element;
  #render;
  #internals;
  #scheduled = false;
  #stops = [];

  constructor(element, render) {
    this.#element = element;
    this.#render = render;
    this.#internals = element.attachInternals?.();
  }

  // Starts loading (once) and rendering; `stops` undo the element's
  // observers on disconnect.
  connect(stops) {
    this.#stops = stops;
    if (!this.act && !this.loadError) {
      loadActivations().then(
        (act) => {
          this.act = act;
          this.schedule();
        },
        (error) => {
          this.loadError = error;
          this.schedule();
        },
      );
    }
    this.schedule();
  }

  disconnect() {
    for (const stop of this.#stops) stop();
    this.#stops = [];
  }

  schedule() {
    if (this.#scheduled) return;
    this.#scheduled = true;
    queueMicrotask(() => {
      this.#scheduled = false;
      if (this.#element.isConnected) this.#render();
    });
  }

  setStatus(status, errors = []) {
    this.status = status;
    this.errors = errors;
    for (const state of ['loading', 'ready', 'error']) {
      try {
        if (state === status) this.#internals?.states?.add(state);
        else this.#internals?.states?.delete(state);
      } catch {
        // Engines with the older dashed-ident custom states: no styling hook.
      }
    }
  }
}

export function defineElement(name, constructor) {
  if (globalThis.customElements && !customElements.get(name)) customElements.define(name, constructor);
}

const sheets = new Map();
// One constructable stylesheet per text, shared by every instance: allowed
// under a Content-Security-Policy without 'unsafe-inline', unlike <style>.
export function sharedSheet(cssText) {
  if (!sheets.has(cssText)) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(cssText);
    sheets.set(cssText, sheet);
  }
  return sheets.get(cssText);
}

// The error box: a heading and one line per problem.
export function renderErrors(box, heading, errors) {
  const title = document.createElement('strong');
  title.textContent = heading;
  const items = document.createElement('ul');
  items.append(...errors.map((message) => {
    const item = document.createElement('li');
    item.textContent = message;
    return item;
  }));
  box.replaceChildren(title, items);
  box.hidden = false;
}

// Calls `callback` when the system's colour scheme changes; returns a stop.
export function onSchemeChange(callback) {
  const query = globalThis.matchMedia?.('(prefers-color-scheme: dark)');
  query?.addEventListener('change', callback);
  return () => query?.removeEventListener('change', callback);
}
