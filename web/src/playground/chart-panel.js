// How a costly chart panel follows the store: its numbers are recomputed
// after the frame in which `keys` change, and only while the panel is on or
// near the screen (when-visible.js); its charts are repainted, not
// recomputed, when the theme, the colour scheme or the width changes; its
// number fields follow `fieldKey` at once (back/forward, a link), which is cheap.
// `needs` is the module its numbers come from, loaded when the panel first
// comes near the screen (when-visible.js).
import { renderWhenVisible } from './when-visible.js';

export function followStore(store, { section, keys, render, paint, invalidate, fieldKey, renderFields, resized, needs }) {
  const recolour = () => {
    invalidate();
    paint();
  };
  const schedule = renderWhenVisible(section, render, { needs });
  store.subscribe(keys, schedule, { afterFrame: true });
  store.subscribe(['theme'], recolour);
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', recolour);
  let width = 0;
  new ResizeObserver(([entry]) => {
    if (entry.contentRect.width === width) return;
    width = entry.contentRect.width;
    paint();
  }).observe(resized);
  store.subscribe([fieldKey], renderFields);
  renderFields(store.state);
  schedule(store.state);
}
