// Injected into every benchmarked page before its own scripts run (as a
// Playwright init script), so the same probes measure any build of the
// page without the page's help:
// - first plot: the moment the plot canvas (#plot) first carries data-view
//   (set when a frame has been drawn), and the end of the first task after
//   the next animation frame, by which time that frame has been painted;
// - frames: the duration of every requestAnimationFrame callback and when
//   it ran, so a benchmark can tell redraw time from event-handler time.
(() => {
  const probe = { drawnAt: undefined, firstPlotAt: undefined, frames: [] };
  Object.defineProperty(window, '__pageBench', { value: probe });

  const nativeFrame = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (callback) => nativeFrame((time) => {
    const start = performance.now();
    try {
      callback(time);
    } finally {
      probe.frames.push({ start, duration: performance.now() - start });
    }
  });

  const observer = new MutationObserver(() => {
    const canvas = document.getElementById('plot');
    if (!canvas?.hasAttribute('data-view')) return;
    observer.disconnect();
    probe.drawnAt = performance.now();
    nativeFrame(() => setTimeout(() => {
      probe.firstPlotAt = performance.now();
    }, 0));
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-view'] });
})();
