// Renders a costly panel only while it is on or near the screen. Its
// numbers are quadratures (tens of milliseconds per curve for some
// activations), and a slider dragged on the plot above changes them every
// frame: computed off screen, they would slow the drag for nothing. Off
// screen a change is kept, the panel marked aria-busy (its numbers dimmed
// and a note saying they are being updated, so nothing old passes for
// current), and rendered when the panel comes near the viewport, or once
// changes pause and the browser is idle, so a screen reader or a
// find-in-page never meets old numbers for long.
//
// A panel may need a module that is not loaded yet (`needs`: the analysis
// module, act.analysisReady()): it is loaded when the panel first comes
// near the viewport, not at idle, so a visitor who never scrolls there
// never downloads it; until it arrives the panel stays busy, saying so.

// Rendered when within this much of the viewport.
const MARGIN = '50% 0px';
// Off screen, rendered once changes have paused this long (a drag's steps
// come every frame: its off-screen panels wait for it to stop, rather than
// being laid out again between its steps), when the browser is idle, and
// by IDLE_TIMEOUT_MS after that at the latest.
const QUIET_MS = 300;
const IDLE_TIMEOUT_MS = 2000;

// Runs `callback` once changes have paused and the browser is idle; the
// handle cancels it. Called again, it starts waiting afresh.
function whenQuietAndIdle(callback) {
  const handle = { timer: 0, idle: 0 };
  handle.timer = setTimeout(() => {
    handle.idle = globalThis.requestIdleCallback ? requestIdleCallback(callback, { timeout: IDLE_TIMEOUT_MS }) : setTimeout(callback, 0);
  }, QUIET_MS);
  return handle;
}
function cancelIdle(handle) {
  if (!handle) return;
  clearTimeout(handle.timer);
  if (globalThis.cancelIdleCallback) cancelIdleCallback(handle.idle);
  else clearTimeout(handle.idle);
}

const NOTES = {
  loading: 'Loading the analysis module…',
  updating: 'Updating these numbers…',
  failed: (error) => `The analysis could not be loaded: ${error.message}`,
};

// The panel's busy state: aria-busy, and its note (a .busy-note element).
function busyState(element) {
  const note = element.querySelector('.busy-note');
  return (busy, text = '') => {
    if (busy) element.setAttribute('aria-busy', 'true');
    else element.removeAttribute('aria-busy');
    if (note && note.textContent !== text) note.textContent = text;
  };
}

// `render(state)` for the panel `element`; `needs` ({ loaded(), load() })
// a module the render calls into; `margin` how near the viewport counts as
// visible. Returns schedule(state, { now }): `now` renders at once, on
// screen or not (what the user just typed).
export function renderWhenVisible(element, render, { needs, margin = MARGIN } = {}) {
  let visible = false;
  let pending = null;
  let idle = 0;
  let loading = false;
  const setBusy = busyState(element);
  const ready = () => !needs || needs.loaded();
  const run = () => {
    cancelIdle(idle);
    idle = 0;
    if (!pending) return;
    if (!ready()) {
      if (visible) load();
      return;
    }
    const state = pending;
    pending = null;
    setBusy(false);
    render(state);
  };
  function load() {
    if (loading) return;
    loading = true;
    setBusy(true, NOTES.loading);
    needs.load().then(run, (error) => setBusy(true, NOTES.failed(error))).finally(() => {
      loading = false;
    });
  }
  new IntersectionObserver(([entry]) => {
    visible = entry.isIntersecting;
    if (visible) run();
  }, { rootMargin: margin }).observe(element);
  return (state, { now = false } = {}) => {
    pending = state;
    if (visible || now) {
      run();
      return;
    }
    setBusy(true, ready() ? NOTES.updating : NOTES.loading);
    cancelIdle(idle);
    idle = ready() ? whenQuietAndIdle(run) : 0;
  };
}

// `callback` runs once, on its first call.
export function once(callback) {
  let done = false;
  return () => {
    if (done) return;
    done = true;
    callback();
  };
}

// `callback` runs once, when the first of `elements` comes within
// `margin` of the viewport.
export function whenNear(elements, callback, margin = MARGIN) {
  const observer = new IntersectionObserver((entries) => {
    if (!entries.some((entry) => entry.isIntersecting)) return;
    observer.disconnect();
    callback();
  }, { rootMargin: margin });
  for (const element of elements) observer.observe(element);
}
