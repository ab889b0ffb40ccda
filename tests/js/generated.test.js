// What is generated from the registry (TypeScript names, the README table)
// must match the registry of the built core: a new activation fails here
// until the generator is rerun.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { generatedFiles } from '../../scripts/generate-registry-docs.mjs';

test('generated files are up to date with the registry', async () => {
  for (const { url, text } of await generatedFiles()) {
    assert.equal(await readFile(url, 'utf8'), text, `${url.pathname} is stale: run node scripts/generate-registry-docs.mjs`);
  }
});
