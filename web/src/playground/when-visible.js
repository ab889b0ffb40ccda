// Renders a costly panel only while it is on or near the screen. Its
// numbers are quadratures (tens of milliseconds per curve for some
// activations), and a slider dragged on the plot above changes them every
// frame: computed off screen, they would slow the drag for nothing. Off
// screen a change is kept, the panel marked aria-busy, and rendered when
// the panel comes near the viewport, or when the browser is idle, so a
// screen reader or a find-in-page never meets old numbers for long.

// Rendered when within this much of the viewport.
const MARGIN = '50% 0px';
// Rendered by then at the latest, off screen too.
const IDLE_TIMEOUT_MS = 2000;

const whenIdle = (callback) => (globalThis.requestIdleCallback
  ? requestIdleCallback(callback, { timeout: IDLE_TIMEOUT_MS })
  : setTimeout(callback, 200));
const cancelIdle = (handle) => (globalThis.cancelIdleCallback ? cancelIdleCallback(handle) : clearTimeout(handle));

// `render(state)` for the panel `element`; returns schedule(state).
export function renderWhenVisible(element, render) {
  let visible = false;
  let pending = null;
  let idle = 0;
  const run = () => {
    cancelIdle(idle);
    idle = 0;
    if (!pending) return;
    const state = pending;
    pending = null;
    element.removeAttribute('aria-busy');
    render(state);
  };
  new IntersectionObserver(([entry]) => {
    visible = entry.isIntersecting;
    if (visible) run();
  }, { rootMargin: MARGIN }).observe(element);
  return (state) => {
    pending = state;
    if (visible) {
      run();
      return;
    }
    element.setAttribute('aria-busy', 'true');
    idle ||= whenIdle(run);
  };
}
