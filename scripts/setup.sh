#!/usr/bin/env bash
# Installs what building and testing werkmatch needs, and only what is missing (idempotent).
#   scripts/setup.sh          build tools (Rust wasm target, wasm-pack, npm tools)
#   scripts/setup.sh --test   also the three browser engines and their WebDriver servers for the
#                             browser tests: Chromium + chromedriver, Firefox ESR + geckodriver,
#                             WebKitGTK (MiniBrowser) + WebKitWebDriver under Xvfb
# Works offline from everything but crates.io, npm and Debian's packages: wasm-pack and
# geckodriver come from cargo (their npm packages download from GitHub), wasm-opt from npm's
# binaryen, the browsers from Debian.
set -euo pipefail
cd "$(dirname "$0")/.."

WASM_PACK_VERSION=0.15.1
GECKODRIVER_VERSION=0.37.1
say() { printf '[setup] %s\n' "$*"; }

if ! command -v cargo >/dev/null; then
  say "cargo is missing: install Rust with rustup first (https://rustup.rs)"; exit 1
fi
if ! rustup target list --installed 2>/dev/null | grep -q '^wasm32-unknown-unknown$'; then
  say "adding the Rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi
if ! command -v wasm-pack >/dev/null || ! wasm-pack --version | grep -q "$WASM_PACK_VERSION"; then
  say "installing wasm-pack $WASM_PACK_VERSION with cargo (a few minutes, once)"
  cargo install wasm-pack --locked --version "$WASM_PACK_VERSION"
fi
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  say "node and npm are missing: install Node.js 20 or newer"; exit 1
fi
lock_hash=$(sha256sum package.json package-lock.json 2>/dev/null | sha256sum | cut -c1-16)
if [ ! -f node_modules/.setup-hash ] || [ "$(cat node_modules/.setup-hash)" != "$lock_hash" ]; then
  say "installing npm tools (binaryen's wasm-opt, Playwright core)"
  if [ -f package-lock.json ]; then npm ci --no-audit --no-fund; else npm install --no-audit --no-fund; fi
  echo "$lock_hash" > node_modules/.setup-hash
fi

if [ "${1:-}" = "--test" ]; then
  # Debian package -> a file it installs; only the packages whose file is missing are installed.
  missing=()
  command -v chromium >/dev/null || missing+=(chromium)
  command -v chromedriver >/dev/null || missing+=(chromium-driver)
  command -v firefox-esr >/dev/null || missing+=(firefox-esr)
  command -v WebKitWebDriver >/dev/null || missing+=(webkit2gtk-driver)
  compgen -G '/usr/lib/*/webkit2gtk-4.1/MiniBrowser' >/dev/null || missing+=(libwebkit2gtk-4.1-0)
  command -v xvfb-run >/dev/null || missing+=(xvfb)
  command -v xauth >/dev/null || missing+=(xauth)
  if [ "${#missing[@]}" -gt 0 ]; then
    say "installing Debian's ${missing[*]} for the browser tests"
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
  if [[ "$(geckodriver --version 2>/dev/null)" != *"geckodriver $GECKODRIVER_VERSION"* ]]; then
    say "installing geckodriver $GECKODRIVER_VERSION with cargo (a few minutes, once)"
    cargo install geckodriver --locked --version "$GECKODRIVER_VERSION"
  fi
fi
say "ready"
