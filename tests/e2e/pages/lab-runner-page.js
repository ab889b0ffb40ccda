// Test page: the lab's Worker runner and the lab on the page, side by side.
import { loadLab } from '../src/lab.js';
import { createLabRunner } from '../src/lab-runner.js';

const runner = createLabRunner();
const plain = (value) => JSON.parse(JSON.stringify(value, (key, v) => (ArrayBuffer.isView(v) ? Array.from(v) : v)));

window.labRunner = {
  workers: runner.workers,
  cores: navigator.hardwareConcurrency,
  async both(method, options) {
    const progress = [];
    const viaWorkers = await runner.run(method, options, { onProgress: (p) => progress.push(p.done) });
    const lab = await loadLab();
    const onPage = await lab[method](options);
    return { viaWorkers: plain(viaWorkers), onPage: plain(onPage), progress };
  },
  async cancelled() {
    const controller = new AbortController();
    const run = runner.run('collapse', { width: 2, trials: 400, steps: 3000 }, { signal: controller.signal, onProgress: () => controller.abort() });
    setTimeout(() => controller.abort(), 200);
    try {
      await run;
      return 'finished';
    } catch (error) {
      return error.name;
    }
  },
  async badOptions() {
    try {
      await runner.run('bornDead', { widths: [0] });
      return 'no error';
    } catch (error) {
      return `${error.name}: ${error.message}`;
    }
  },
};
document.body.dataset.ready = 'true';
