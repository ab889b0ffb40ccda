// The JS API's WASM buffers in headless Chromium: freeing a buffer whose
// view was handed out detaches every view of WASM memory there too (the
// design in web/src/api/wasm-buffer.js rests on grow(0) replacing the
// memory's ArrayBuffer, as the WebAssembly JS API specifies).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage } from './browser.js';

let env;
let page;
let problems;

before(async () => {
  env = await launch();
  ({ page, problems } = await openPage(env.browser, new URL('embed.html?fn=relu', env.server.url).href));
});

after(async () => {
  await env?.close();
});

test('free() detaches kept views in both builds; later buffers are untouched by writes through them', async () => {
  const results = await page.evaluate(async () => {
    const { loadActivations } = await import('./src/activations.js');
    const out = [];
    for (const build of ['simd', 'scalar']) {
      const act = await loadActivations({ build });
      const buffer = act.allocate(64, 'float64');
      const view = buffer.array;
      const part = view.subarray(4, 8);
      buffer.free();
      const lengths = [view.length, part.length];
      view[0] = 1e300;
      part[0] = 1e300;
      const next = act.allocate(64, 'float64').set(new Array(64).fill(3));
      const intact = next.toArray().every((v) => v === 3);
      next.free();
      const shared = new Float64Array(70000).map((_, i) => i - 35000);
      act.apply('relu', shared.subarray(0, 69990), {}, shared.subarray(10, 70000));
      out.push({ build: act.build, lengths, intact, overlap: shared[69999] === 34989 && shared[10] === 0 });
    }
    return out;
  });
  for (const result of results) assert.deepEqual(result, { build: result.build, lengths: [0, 0], intact: true, overlap: true });
  assert.deepEqual(results.map((r) => r.build), ['simd', 'scalar']);
  assert.deepEqual(problems, []);
});
