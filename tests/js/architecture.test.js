// The web side's shape, checked: data flows one way (core -> api/ ->
// plot/ curves/ python/ -> elements/ -> playground/), nothing below a page
// imports a page, the import graph has no cycle, and no module or
// function outgrows one job.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = fileURLToPath(new URL('../../web/src/', import.meta.url));

function modules(dir = SRC) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'core' ? [] : modules(path);
    return name.endsWith('.js') ? [path] : [];
  });
}

const files = modules();
const folderOf = (path) => {
  const rel = relative(SRC, path);
  return rel.includes('/') ? rel.split('/')[0] : '.';
};
const importsOf = (path) => [...readFileSync(path, 'utf8').matchAll(/^\s*(?:import|export)\s[^;]*?from\s+'(\.[^']+)'|^\s*import\s+'(\.[^']+)'|import\('(\.[^']+)'\)/gm)]
  .map((m) => resolve(dirname(path), m[1] ?? m[2] ?? m[3]));

// Which folders each folder may import from.
const ALLOWED = {
  api: ['api'],
  python: ['python'],
  plot: ['plot'],
  curves: ['curves', 'api'],
  elements: ['elements', 'curves', 'plot', 'python', 'api', '.'],
  playground: ['playground', 'curves', 'plot', 'python', 'api', '.'],
  'lab-page': ['lab-page', 'elements', 'curves', 'plot', 'api', '.'],
};

const API_ENTRIES = ['activations.js', 'lab.js', 'lab-runner.js'];

test('each folder imports only from the layers below it', () => {
  for (const file of files) {
    const from = folderOf(file);
    if (!(from in ALLOWED)) continue;
    for (const target of importsOf(file)) {
      const to = folderOf(target);
      const entry = relative(SRC, target);
      // The package entries activations.js, lab.js and lab-runner.js are the APIs; the elements' entries sit at the top level.
      const ok = ALLOWED[from].includes(to) && (to !== '.' || API_ENTRIES.includes(entry) || from === 'playground');
      assert.ok(ok, `${relative(SRC, file)} imports ${entry}`);
    }
  }
});

test('the import graph has no cycle', () => {
  const graph = new Map(files.map((file) => [file, importsOf(file).filter((target) => files.includes(target))]));
  const state = new Map();
  const visit = (file, path) => {
    if (state.get(file) === 'done') return;
    assert.notEqual(state.get(file), 'visiting', `cycle: ${[...path, file].map((f) => relative(SRC, f)).join(' -> ')}`);
    state.set(file, 'visiting');
    for (const next of graph.get(file)) visit(next, [...path, file]);
    state.set(file, 'done');
  };
  for (const file of files) visit(file, []);
});

test('no module over 300 lines', () => {
  for (const file of files) {
    const lines = readFileSync(file, 'utf8').split('\n').length;
    assert.ok(lines <= 300, `${relative(SRC, file)}: ${lines} lines`);
  }
});
