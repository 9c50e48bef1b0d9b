#!/usr/bin/env bash
# Builds the browser package into pkg/ (wasm-pack, --target web, release, wasm-opt), the npm
# package's files in dist/ (scripts/dist.mjs: widget and engine together; `npm pack` then
# packs them), the `werkmatch` command line, and with it the demo's prebuilt index
# www/demo/vacatures.wmx from the demo's schema.org JobPosting feed (the path a portal takes
# with its real feed).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH"   # npm's binaryen provides wasm-opt
wasm-pack build --target web --release
node scripts/dist.mjs
cargo build --release --bin werkmatch
target/release/werkmatch index --quiet --out www/demo/vacatures.wmx \
  --taxonomy www/demo/taxonomy.json --pc4 www/demo/pc4.csv www/demo/jobpostings.json
# The same feed as a shard set (www/demo/shards/shards.json) for the "heel Nederland" page:
# the widget loads only the cells within the jobseeker's travel distance.
rm -rf www/demo/shards
target/release/werkmatch shards --quiet --out-dir www/demo/shards \
  --taxonomy www/demo/taxonomy.json --pc4 www/demo/pc4.csv www/demo/jobpostings.json
