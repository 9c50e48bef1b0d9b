#!/usr/bin/env bash
# Runs a command with WebKitGTK's WebDriver server (WebKitWebDriver, which drives MiniBrowser,
# WebKitGTK's browser: Safari's engine) on a virtual display (Xvfb), stopped afterwards:
#   scripts/webkit-webdriver.sh wasm-pack test --headless --safari -- --test browser
# wasm-bindgen-test-runner talks to the server through SAFARIDRIVER_REMOTE. wasm-pack only checks
# that a `safaridriver` is on PATH: the shim in scripts/webdriver/ stands in for it.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
port=$(node -e "const s = require('node:net').createServer().listen(0, '127.0.0.1', () => { console.log(s.address().port); s.close(); })")
setsid xvfb-run -a WebKitWebDriver --port="$port" >/dev/null 2>&1 &
group=$!
trap 'kill -- -"$group" 2>/dev/null || true' EXIT
ready=""
for _ in $(seq 1 300); do
  if node -e "fetch('http://127.0.0.1:$port/status').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"; then ready=1; break; fi
  sleep 0.1
done
[ -n "$ready" ] || { echo "WebKitWebDriver did not start on port $port" >&2; exit 1; }
export SAFARIDRIVER_REMOTE="http://127.0.0.1:$port"
PATH="$here/webdriver:$PATH" "$@"
