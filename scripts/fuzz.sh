#!/usr/bin/env bash
# Fuzzes every parser and entry point of werkmatch with cargo-fuzz (libFuzzer, AddressSanitizer).
#   scripts/fuzz.sh --smoke [TARGET...]     20 seconds per target, new finds kept out of the repo (CI)
#   scripts/fuzz.sh --minutes N [TARGET...]  N minutes per target; new inputs go to fuzz/corpus/
# Stable Rust: RUSTC_BOOTSTRAP=1 lets cargo-fuzz use the sanitizer flags nightly would.
# Prints per target the seconds and executions, then "test result: ok. N passed; M failed".
# A crash leaves its input in fuzz/artifacts/TARGET/ (replay: cargo fuzz run TARGET FILE).
set -uo pipefail
cd "$(dirname "$0")/.."
export RUSTC_BOOTSTRAP=1
mode=smoke; seconds=20
case "${1:-}" in
  --smoke) shift ;;
  --minutes) mode=long; seconds=$(( ${2:?minutes} * 60 )); shift 2 ;;
esac
if ! command -v cargo-fuzz >/dev/null; then
  echo "[fuzz] installing cargo-fuzz (once)"; cargo install cargo-fuzz --locked --version 0.13.2 || exit 1
fi
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=($(cd fuzz/fuzz_targets && ls *.rs | sed 's/\.rs$//'))
cargo fuzz build -O 2>&1 | grep -E "^(error|warning)" -A6
[ "${PIPESTATUS[0]}" -eq 0 ] || { echo "[fuzz] build failed"; echo "test result: FAILED. 0 passed; 1 failed"; exit 1; }
passed=0; failed=0
for t in "${targets[@]}"; do
  log=$(mktemp)
  if [ "$mode" = smoke ]; then
    scratch=$(mktemp -d)   # new inputs land here, the committed corpus is only read
    cargo fuzz run -O "$t" "$scratch" "fuzz/corpus/$t" -- -max_total_time="$seconds" -rss_limit_mb=2048 -max_len=65536 >"$log" 2>&1
    rc=$?; rm -rf "$scratch"
  else
    cargo fuzz run -O "$t" "fuzz/corpus/$t" -- -max_total_time="$seconds" -rss_limit_mb=2048 -max_len=65536 >"$log" 2>&1
    rc=$?
  fi
  runs=$(grep -oE "Done [0-9]+ runs in [0-9]+ second" "$log" | tail -1)
  if [ $rc -eq 0 ]; then
    passed=$((passed + 1)); echo "ok $t: ${runs:-no summary}"
  else
    failed=$((failed + 1)); echo "FAILED $t (exit $rc):"; grep -E "panicked|ERROR|SUMMARY|artifact" "$log" | head -8
  fi
  rm -f "$log"
done
result=ok; [ $failed -gt 0 ] && result=FAILED
echo "test result: $result. $passed passed; $failed failed (fuzz targets, ${seconds}s each)"
[ $failed -eq 0 ]
