// The panels on what an activation does to a Gaussian input, in headless
// Chromium: the distribution of f(z) with its point mass and moments, the
// gain table beside PyTorch's values, the q-map's cobweb and χ, their
// settings in the URL (and hostile ones refused), their CSV exports, and
// <activation-plot show="density">.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { launch, openPlayground, settled } from './browser.js';
import { launchWithTestPages, openRecordedPage, waitForElements } from './embed-support.js';

let env;
before(async () => {
  env = await launch();
});
after(async () => {
  await env?.close();
});

// The panels (and the analysis module behind them) load when one first
// comes near the screen, and render when near it: scroll to each as a
// reader would, and wait until it is mounted (its fields open) and shows
// its numbers (aria-busy marks a panel with a change not yet shown).
async function panelsDrawn(page) {
  for (const section of ['section.distribution', 'section.gain', 'section.qmap']) {
    await page.locator(section).scrollIntoViewIfNeeded();
    await page.waitForFunction((selector) => !document.getElementById('dist-mean').readOnly && !document.querySelector(`${selector}[aria-busy]`), section, { timeout: 15000 });
  }
  await settled(page);
}

const rowTexts = (page, table, rows = 'tr') => page.$$eval(`#${table} tbody ${rows}`, (rows) => rows.map((row) => [...row.cells].map((cell) => cell.textContent.trim())));

// Pixels of a canvas that differ from its top-left (background) pixel.
const inkedPixels = (page, selector) => page.$eval(selector, (canvas) => {
  const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
  let count = 0;
  for (let i = 0; i < data.length; i += 4) if (data[i] !== data[0] || data[i + 1] !== data[1] || data[i + 2] !== data[2]) count++;
  return count;
});

test('ReLU at N(0, 1): a point mass of 1/2 at 0 beside its density, and the moments', async () => {
  const { page, context, problems } = await openPlayground(env, 'fn=relu&fn=hardtanh');
  try {
    await panelsDrawn(page);
    const labels = await page.$$eval('#dist-charts canvas', (canvases) => canvases.map((c) => c.getAttribute('aria-label')));
    assert.equal(labels.length, 2);
    assert.match(labels[0], /^Distribution of ReLU of z, z ~ N\(0, 1²\): a point mass of 0\.5 at 0; a density from 0/);
    assert.match(labels[1], /a point mass of 0\.158655 at −1; a point mass of 0\.158655 at 1/);
    const notes = await page.$$eval('.dist-note', (ps) => ps.map((p) => p.textContent));
    assert.equal(notes[0], 'P(f = 0) = 0.5');
    assert.ok((await inkedPixels(page, '#dist-charts canvas')) > 2000, 'the density chart is drawn');
    const rows = await rowTexts(page, 'moments');
    assert.deepEqual(rows[0], ['ReLU', '0.398942', '0.5', '0.340845', '0.5', '0.5']);
    assert.equal(rows[1][0], 'Hardtanh');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('the gain table: √2 for ReLU in both columns, PyTorch\'s 5/3 for tanh with its note, — where PyTorch has none', async () => {
  const { page, context, problems } = await openPlayground(env, 'fn=relu&fn=tanh&fn=gelu');
  try {
    await panelsDrawn(page);
    const rows = await rowTexts(page, 'gains', 'tr:not(.note-row)');
    assert.deepEqual(rows[0], ['ReLU', '1.41421', '1.41421']);
    assert.deepEqual(rows[1].slice(0, 1), ['Tanh']);
    assert.equal(rows[1][2], '1.66667');
    assert.notEqual(rows[1][1], rows[1][2]);
    assert.equal(rows[2][2], '—');
    // Each note sits in a row of its own under its curve's, named for screen readers.
    const notes = await rowTexts(page, 'gains', 'tr.note-row');
    assert.match(notes[1][0], /^Tanh: PyTorch's 5\/3 is a heuristic/);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('the q-map: ReLU\'s cobweb to q* = 0.2 with χ = 0.75 (ordered); σ_w² = 2, σ_b² = 0 is the edge of chaos', async () => {
  const { page, context, problems } = await openPlayground(env, '');
  try {
    await panelsDrawn(page);
    assert.equal(await page.textContent('#qmap-summary'), 'ReLU: q* = 0.2, χ = 0.75: χ < 1, ordered: nearby inputs become alike with depth, and gradients vanish.');
    assert.match(await page.getAttribute('#qmap-canvas', 'aria-label'), /^Cobweb of the variance map of ReLU from q₀ = 1: the iterates 1, 0\.8, 0\.65, .* reach the fixed point q\* = 0\.2/);
    assert.ok((await inkedPixels(page, '#qmap-canvas')) > 2000);
    assert.deepEqual(await rowTexts(page, 'fixed-points'), [['ReLU', '0.2', '0.75', 'ordered']]);
    await page.fill('#qmap-sw2', '2');
    await page.fill('#qmap-sb2', '0');
    await panelsDrawn(page);
    assert.deepEqual((await rowTexts(page, 'fixed-points'))[0].slice(2), ['1', 'edge of chaos']);
    await page.fill('#qmap-sw2', '3');
    await panelsDrawn(page);
    assert.match(await page.textContent('#qmap-summary'), /ReLU: .*no finite fixed point/);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('SELU\'s (mean, variance) map goes to (0, 1) from every start', async () => {
  const { page, context, problems } = await openPlayground(env, 'fn=selu');
  try {
    await panelsDrawn(page);
    assert.match(await page.textContent('#mv-summary'), /^SELU, LeCun initialisation \(Σw = 0, Σw² = 1\): from \(0\.6, 2\.2\), .* after 30 steps of the \(mean, variance\) map they have come together, and the map's fixed point is \((−?0|−?\d(\.\d+)?e−1[5-9]), 1\) \(the cross\)\./);
    assert.ok((await inkedPixels(page, '#mv-canvas')) > 1000);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('μ, σ, σ_w², σ_b² and q₀ go into the URL and back; bad values are named inline and hostile ones refused', async () => {
  const { page, context, problems } = await openPlayground(env, 'fn=relu');
  try {
    await panelsDrawn(page);
    await page.fill('#dist-mean', '0.5');
    await page.fill('#dist-sd', '2');
    await page.fill('#qmap-q0', '3');
    await settled(page);
    await page.waitForFunction(() => location.search.includes('q0=3'));
    const search = await page.evaluate(() => location.search);
    assert.match(search, /mu=0\.5/);
    assert.match(search, /sigma=2/);
    await page.fill('#dist-sd', '-1');
    await settled(page);
    assert.equal(await page.textContent('#dist-error'), 'σ: "-1" is not a positive number.');
    assert.equal(await page.getAttribute('#dist-sd', 'aria-invalid'), 'true');
    assert.equal(await page.getAttribute('#dist-charts', 'data-stale'), '');

    await page.goto(`${env.server.url}${search}`);
    await page.waitForSelector('body[data-ready="true"]');
    await panelsDrawn(page);
    assert.equal(await page.inputValue('#dist-mean'), '0.5');
    assert.equal(await page.inputValue('#dist-sd'), '2');
    assert.equal(await page.inputValue('#qmap-q0'), '3');
    assert.match(await page.getAttribute('#dist-charts canvas', 'aria-label'), /z ~ N\(0\.5, 2²\)/);

    await page.goto(`${env.server.url}?mu=%3Cimg%20src=x%3E&sigma=0&sw2=-2`);
    await page.waitForSelector('body[data-ready="true"]');
    const notices = await page.textContent('#notices');
    assert.match(notices, /Ignored mu="<img src=x>": expected a finite number\./);
    assert.match(notices, /Ignored sigma="0": expected a positive number\./);
    assert.match(notices, /Ignored sw2="-2"/);
    assert.equal(await page.inputValue('#dist-sd'), '1');
    assert.equal(await page.$('#notices img'), null);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('the export dialog writes the density, moments, gains and q-map as CSV', async () => {
  const { page, context, problems } = await openPlayground(env, 'fn=relu&fn=tanh', { acceptDownloads: true });
  try {
    await panelsDrawn(page);
    await page.click('#export-open');
    const file = async (id) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(`#${id}`)]);
      return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
    };
    const moments = await file('export-moments');
    assert.equal(moments.name, 'activation-moments.csv');
    const [header, relu] = moments.text.trim().split('\n');
    assert.equal(header, "curve,z mean,z sd,E[f],E[f^2],Var f,E[f'],E[f'^2],error");
    assert.match(relu, /^ReLU,0,1,0\.398942280401432\d*,0\.5,0\.34084505690810\d*,0\.5,0\.5,$/);
    const gains = await file('export-gains');
    assert.match(gains.text, /\nReLU,1\.414213562373095\d*,1\.414213562373095\d*,/);
    assert.match(gains.text, /\nTanh,[\d.]+,1\.666666666666666\d*,/);
    const density = await file('export-density');
    assert.match(density.text, /\nReLU,0,1,0,,0\.5,\n/);
    const qmap = await file('export-qmap');
    assert.match(qmap.text, /\nReLU,1\.5,0\.05,0,1,0\.2\d*,0\.75\d*,ordered,\n/);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('<activation-plot show="density"> and show="qmap" draw the distribution with its moments and the cobweb with χ; bad values are named', async () => {
  const pages = await launchWithTestPages();
  const { page, context, problems } = await openRecordedPage(pages.browser, pages.url('test-pages/blank.html'));
  try {
    await page.$eval('#target', (target) => {
      target.innerHTML = '<activation-plot id="a" fn="relu hardtanh" show="density" sd="1"></activation-plot>'
        + '<activation-plot id="b" fn="relu" show="histogram"></activation-plot>'
        + '<activation-plot id="c" fn="relu" show="plot density" sd="-1"></activation-plot>'
        + '<activation-plot id="d" fn="relu tanh" show="qmap" weight-variance="1.5" bias-variance="0.05"></activation-plot>'
        + '<activation-plot id="e" fn="relu" show="qmap" weight-variance="3"></activation-plot>'
        + '<activation-plot id="f" fn="relu" show="qmap" q0="-1"></activation-plot>';
      const script = document.createElement('script');
      script.type = 'module';
      script.src = '../src/activation-plot.js';
      document.head.append(script);
    });
    await waitForElements(page, 'activation-plot');
    const a = await page.$eval('#a', (element) => {
      const root = element.shadowRoot;
      return {
        status: element.status,
        plotHidden: root.querySelector('.plot').hidden,
        label: root.querySelector('.density-plot canvas').getAttribute('aria-label'),
        note: root.querySelector('.density-note').textContent,
        rows: [...root.querySelectorAll('table[part="moments"] tbody tr')].map((row) => [...row.cells].map((c) => c.textContent)),
      };
    });
    assert.equal(a.status, 'ready');
    assert.equal(a.plotHidden, true);
    assert.match(a.label, /Distribution of ReLU of z, z ~ N\(0, 1²\): a point mass of 0\.5 at 0/);
    assert.match(a.note, /ReLU: P\(f = 0\) = 0\.5/);
    assert.deepEqual(a.rows[0], ['ReLU', '0.398942', '0.5', '0.340845', '0.5', '0.5']);
    assert.equal(await page.$eval('#b', (e) => e.status), 'error');
    assert.match((await page.$eval('#b', (e) => e.errors))[0], /^show="histogram": expected "plot", "density", "qmap" or several/);
    assert.match((await page.$eval('#c', (e) => e.errors))[0], /^sd="-1": expected a positive number/);
    const qmap = (id) => page.$eval(id, (element) => {
      const root = element.shadowRoot;
      return {
        status: element.status,
        summary: root.querySelector('.qmap-summary').textContent,
        label: root.querySelector('.qmap-plot canvas').getAttribute('aria-label'),
        rows: [...root.querySelectorAll('table[part="fixed-points"] tbody tr')].map((row) => [...row.cells].map((c) => c.textContent)),
      };
    });
    const d = await qmap('#d');
    assert.equal(d.status, 'ready');
    assert.match(d.summary, /^ReLU: q\* = 0\.2, χ = 0\.75: χ < 1, ordered/);
    assert.match(d.label, /^Cobweb of the variance map of ReLU from q₀ = 1/);
    assert.deepEqual(d.rows[0], ['ReLU', '0.2', '0.75', 'ordered']);
    assert.equal(d.rows[1][0], 'Tanh');
    assert.match((await qmap('#e')).summary, /no finite fixed point/);
    assert.match((await page.$eval('#f', (e) => e.errors))[0], /^q0="-1": expected a finite number ≥ 0/);
    assert.deepEqual(problems.filter((p) => !p.includes('<activation-plot>')), []);
  } finally {
    await context.close();
    await pages.close();
  }
});
