// The code-export cases every snippet is run on: each activation with its
// defaults, each preset and each library's defaults, at fixed inputs
// (exact in float32). `node tests/code-export/cases.mjs` prints them with
// their snippets as JSON, for make_fixture.py; tests/js/code-export.test.js
// reads the same cases.
import { loadActivations } from 'activation-playground';
import { CODE_TARGETS, exportCode } from '../../web/src/curves/code-export.js';

export const INPUTS = [-6, -3, -2.5, -1.5, -1, -0.75, -0.5, -0.25, 0, 0.25, 0.5, 1, 1.5, 2.5, 3, 6];

// { name, params } per case; params as the API takes them.
export function cases(list) {
  const out = [];
  for (const spec of list) {
    const sets = [{}];
    for (const param of spec.params) {
      for (const preset of param.presets ?? []) sets.push({ [param.name]: preset.value });
    }
    for (const entry of spec.libraryNames) sets.push(entry.params);
    const seen = new Set();
    for (const params of sets) {
      const key = JSON.stringify(Object.entries(params).sort());
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ name: spec.name, params });
    }
  }
  return out;
}

export function snippets(list) {
  return cases(list).flatMap((curve) =>
    CODE_TARGETS.map((target) => ({ ...curve, target: target.key, code: exportCode(curve, target.key, list) })),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const act = await loadActivations();
  process.stdout.write(JSON.stringify({ inputs: INPUTS, snippets: snippets(act.list()) }));
}
