// <activation-plot> across the whole registry: every activation draws with
// its derivative and a control per parameter, with no list kept here;
// overlays of one activation with different parameters; parameters shared
// by several curves; the JS API's range and order rules, named by attribute.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchWithTestPages, openRecordedPage, waitForElements } from './embed-support.js';

let env;
let page;
let problems;

before(async () => {
  env = await launchWithTestPages();
  ({ page, problems } = await openRecordedPage(env.browser, env.url('test-pages/family.html')));
  await waitForElements(page, 'activation-plot');
});

after(async () => {
  await env?.close();
});

test('every activation in the registry draws, with a control per parameter', async () => {
  const results = await page.evaluate(async () => {
    const { loadActivations } = await import('../src/activations.js');
    const list = (await loadActivations()).list();
    const column = document.getElementById('column');
    const plots = list.map((spec) => {
      const plot = document.createElement('activation-plot');
      plot.setAttribute('fn', spec.name);
      plot.setAttribute('derivative', '');
      plot.setAttribute('controls', '');
      plot.setAttribute('inputs', '-1 0.5');
      column.append(plot);
      return plot;
    });
    await new Promise((resolve) => {
      const check = () => (plots.every((p) => p.status !== 'loading') ? resolve() : requestAnimationFrame(check));
      check();
    });
    return plots.map((plot, i) => {
      const canvas = plot.shadowRoot.querySelector('canvas');
      const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
      let drawn = 0;
      for (let k = 0; k < data.length; k += 4) if (data[k] + data[k + 1] + data[k + 2] < 600) drawn++;
      return {
        name: list[i].name,
        status: plot.status,
        errors: plot.errors,
        params: list[i].params.length,
        controls: plot.shadowRoot.querySelectorAll('.param').length,
        drawn,
        label: canvas.getAttribute('aria-label'),
      };
    });
  });
  assert.ok(results.length >= 2);
  for (const r of results) {
    assert.equal(r.status, 'ready', `${r.name}: ${r.errors.join('; ')}`);
    assert.equal(r.controls, r.params, `${r.name}: one control per parameter`);
    assert.ok(r.drawn > 1500, `${r.name}: ${r.drawn} pixels drawn`);
    assert.match(r.label, /Marked points at x = -1, 0\.5/);
  }
  assert.deepEqual(problems, []);
});

test('one activation overlaid with different parameters, told apart by name', async () => {
  const legend = await page.$eval('#gelu', (e) => [...e.shadowRoot.querySelectorAll('.legend li')].map((li) => li.textContent));
  assert.ok(legend.includes('GELU (approximate = tanh)'), legend.join(' | '));
  const choices = await page.$eval('#gelu', (e) => [...e.shadowRoot.querySelectorAll('select')].map((s) => s.value));
  assert.deepEqual(choices, ['none', 'tanh']);
});

test('a parameter attribute applies to every curve that takes it', async () => {
  const legend = await page.$eval('#shared', (e) => e.shadowRoot.querySelector('.legend').textContent);
  assert.match(legend, /ELU \(alpha = 0\.5\).*CELU \(alpha = 0\.5\)/);
});

test('the API\'s range and order rules are reported against the attributes', async () => {
  const order = await page.$eval('#order', (e) => e.errors.join('\n'));
  assert.match(order, /^lower="0\.3", upper="0\.1": rrelu parameters lower = 0\.3 and upper = 0\.1 are out of order/);
  const range = await page.$eval('#range', (e) => e.errors.join('\n'));
  assert.match(range, /^beta="-1": softplus parameter beta = -1 is out of range/);
});
