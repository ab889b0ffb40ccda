#!/usr/bin/env bash
# Builds the core natively (library and tests, in build/native) and to WASM
# (module, WASM tests and the deployable static site, in build/wasm and
# build/site), then bundles and precompresses the site (needs npm ci's
# esbuild).
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian's Emscripten tools find acorn through NODE_PATH.
export NODE_PATH="${NODE_PATH:-/usr/share/nodejs}"
jobs="$(nproc)"

cmake -S . -B build/native -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build/native -j"$jobs"

emcmake cmake -S . -B build/wasm -DCMAKE_BUILD_TYPE=Release -DACTIVATIONS_SITE_DIR="$PWD/build/site" >/dev/null
cmake --build build/wasm -j"$jobs"

# The site as served: the playground's scripts bundled (content-hashed
# names), then every compressible file precompressed (.br, .gz).
node scripts/bundle-site.mjs build/site
node scripts/compress-site.mjs build/site

echo "build: static site in build/site"
