#!/usr/bin/env bash
# Every test, after a build: Catch2 natively and as WASM under Node, the JS
# API, then the browser end-to-end tests. Stops at the first failing suite.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== Catch2, native"
ctest --test-dir build/native --output-on-failure
echo "== Catch2, native, under AddressSanitizer and UndefinedBehaviorSanitizer"
# Only where the compiler builds and the machine runs a sanitized program
# (a probe first); the build (build/sanitize) checks the flags again itself.
probe="$(mktemp -d)"
if printf 'int main() { return 0; }\n' > "$probe/probe.cpp" &&
   "${CXX:-c++}" -fsanitize=address,undefined -fno-sanitize-recover=all "$probe/probe.cpp" -o "$probe/probe" 2>/dev/null &&
   "$probe/probe"; then
  cmake -S . -B build/sanitize -DCMAKE_BUILD_TYPE=Release -DACTIVATIONS_SANITIZE=ON >/dev/null
  cmake --build build/sanitize -j"$(nproc)"
  ctest --test-dir build/sanitize --output-on-failure
else
  echo "skipped: ${CXX:-c++} cannot build or run a program with -fsanitize=address,undefined here"
fi
rm -rf "$probe"
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
