#!/usr/bin/env bash
# Builds the browser package into pkg/ (wasm-pack, --target web, release, wasm-opt -Oz).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH"   # npm's binaryen provides wasm-opt
wasm-pack build --target web --release
