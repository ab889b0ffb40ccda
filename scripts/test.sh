#!/usr/bin/env bash
# Every test, after a build: Catch2 natively and as WASM under Node, the JS
# API, then the browser end-to-end tests. Stops at the first failing suite.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== Catch2, native"
ctest --test-dir build/native --output-on-failure
echo "== Catch2, WASM under Node"
ctest --test-dir build/wasm --output-on-failure
echo "== JS API (node --test)"
node --test tests/js/
echo "== End to end in headless Chromium"
node --test --test-concurrency=1 tests/e2e/
echo "== Types: a typed consumer of the package compiled with tsc --noEmit"
node_modules/.bin/tsc -p tests/types/tsconfig.json
echo "== The npm package: packed, installed offline into an empty folder, used from Node and Chromium"
node --test tests/package/
