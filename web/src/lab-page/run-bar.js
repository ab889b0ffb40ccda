// A section's Run button, progress bar, Cancel button and status line, and
// the one way a section runs an experiment: through the page's shared
// Worker runner (lab-runner.js), with progress shown and Cancel wired
// to an AbortSignal. While a run is under way Run is disabled; a cancelled
// run resolves to null and leaves the previous results marked as such.
//
//   const bar = createRunBar(container, { runner, label: 'Run' });
//   bar.onRun(async () => { const result = await bar.run('bornDead', options); … });
const make = (tag, props = {}) => Object.assign(document.createElement(tag), props);

const isAbort = (error) => error?.name === 'AbortError';

export function createRunBar(container, { getRunner, idPrefix }) {
  const row = make('div', { className: 'lab-run' });
  const runButton = make('button', { type: 'button', className: 'lab-run-button', textContent: 'Run' });
  const cancelButton = make('button', { type: 'button', className: 'secondary lab-cancel', textContent: 'Cancel', disabled: true });
  const progress = make('progress', { className: 'lab-progress', max: 1, value: 0, id: `${idPrefix}-progress` });
  progress.setAttribute('aria-label', 'Progress of the run');
  const status = make('p', { className: 'lab-status', id: `${idPrefix}-status` });
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  const error = make('p', { className: 'error lab-error', hidden: true });
  error.setAttribute('role', 'alert');
  row.append(runButton, cancelButton, progress);
  container.append(row, status, error);

  let controller;
  let handler;

  const setRunning = (running) => {
    runButton.disabled = running;
    cancelButton.disabled = !running;
    row.classList.toggle('running', running);
  };

  // `part` of `parts` (a section running one experiment per setting, as a
  // sweep of learning rates): the bar fills across the parts, Cancel stops
  // the whole sequence, and "Done" waits for the last part.
  let started = 0;
  async function run(method, options, { part = 0, parts = 1, label = '' } = {}) {
    if (part === 0 || !controller) {
      controller = new AbortController();
      started = performance.now();
    }
    const signal = controller.signal;
    const which = parts > 1 ? ` ${label ? `${label} ` : ''}(${part + 1} of ${parts})` : '';
    progress.value = part / parts;
    status.textContent = `Running${which}…`;
    try {
      if (signal.aborted) throw signal.reason;
      const runner = await getRunner();
      const result = await runner.run(method, options, {
        signal,
        onProgress: ({ done, total, fraction }) => {
          if (signal.aborted) return;
          progress.value = (part + fraction) / parts;
          status.textContent = `Running${which}: ${Math.round(done)} of ${total} trials.`;
        },
      });
      progress.value = (part + 1) / parts;
      if (part === parts - 1) status.textContent = `Done in ${((performance.now() - started) / 1000).toFixed(1)} s on ${runner.workers} worker${runner.workers === 1 ? '' : 's'}.`;
      return result;
    } catch (caught) {
      if (!isAbort(caught) && !signal.aborted) throw caught;
      progress.value = 0;
      status.textContent = 'Cancelled. The results below, if any, are from the previous run.';
      return null;
    }
  }

  runButton.addEventListener('click', async () => {
    if (!handler || runButton.disabled) return;
    error.hidden = true;
    setRunning(true);
    try {
      await handler();
    } catch (caught) {
      error.textContent = caught?.message ?? String(caught);
      error.hidden = false;
      status.textContent = 'The run failed.';
      progress.value = 0;
    } finally {
      setRunning(false);
    }
  });
  cancelButton.addEventListener('click', () => controller?.abort());

  return {
    run,
    onRun(fn) {
      handler = fn;
    },
    cancel: () => controller?.abort(),
    showError(message) {
      error.textContent = message;
      error.hidden = !message;
    },
    get status() {
      return status;
    },
    button: runButton,
  };
}
