#!/usr/bin/env bash
# Every test: formatting, clippy, host unit tests, wasm component tests in headless Chromium, the release
# build, and Playwright against it. Installs what is missing first. Ends with "N passed, N failed".
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
.ci/install

LOGS="$(mktemp -d)"
step() { printf '\n==> %s\n' "$*"; }

step "cargo fmt --check"
cargo fmt --all -- --check

step "clippy (wasm32 and host, all targets, -D warnings)"
cargo clippy --target wasm32-unknown-unknown --all-targets -- -D warnings
cargo clippy --target wasm32-unknown-unknown --features split -- -D warnings # the release build's split points
cargo clippy --all-targets -- -D warnings

step "host tests (cargo test)"
cargo test 2>&1 | tee "$LOGS/host.log"

step "component tests (wasm-bindgen-test, headless Chromium)"
cargo test --target wasm32-unknown-unknown --test web_components --test web_token 2>&1 | tee "$LOGS/wasm.log"

step "release build (trunk build --release)"
trunk build --release

step "browser tests (Playwright against dist/)"
(cd e2e && CI=1 npx playwright test 2>&1) | tee "$LOGS/e2e.log"

step "the serve command works (trunk serve, demo data, headless Chromium)"
# A port nothing else listens on: a server already there would answer the smoke check in Trunk's place.
SERVE_PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
trunk serve --port "$SERVE_PORT" --dist target/serve-smoke > "$LOGS/serve.log" 2>&1 &
SERVE_PID=$!
trap 'kill $SERVE_PID 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do
  curl -fs "http://127.0.0.1:$SERVE_PORT/" > /dev/null 2>&1 && break
  kill -0 "$SERVE_PID" 2>/dev/null || { cat "$LOGS/serve.log"; exit 1; }
  sleep 1
done
# Trunk must still be running (and be what answered), not have exited after someone else took the port.
kill -0 "$SERVE_PID" 2>/dev/null || { echo "trunk serve exited:"; cat "$LOGS/serve.log"; exit 1; }
grep -q "$SERVE_PORT" "$LOGS/serve.log" || { echo "trunk serve is not on port $SERVE_PORT:"; cat "$LOGS/serve.log"; exit 1; }
(cd e2e && BASE_URL="http://127.0.0.1:$SERVE_PORT/" node smoke.mjs)
kill "$SERVE_PID" 2>/dev/null || true

# One closing line over all three levels, from the runners' own counts.
# total PATTERN FILE...: sums the first number of every match (0 when nothing matches).
total() {
  local pattern=$1
  shift
  { grep -hoE "$pattern" "$@" || true; } | { grep -oE '[0-9]+' || true; } | awk '{s += $1} END {print s + 0}'
}
passed_cargo=$(total 'test result: [a-zA-Z]+\. [0-9]+ passed' "$LOGS/host.log" "$LOGS/wasm.log")
failed_cargo=$(total '[0-9]+ failed;' "$LOGS/host.log" "$LOGS/wasm.log")
passed_e2e=$(total '^ *[0-9]+ passed' "$LOGS/e2e.log")
failed_e2e=$(total '^ *[0-9]+ failed' "$LOGS/e2e.log")
echo
echo "$((passed_cargo + passed_e2e)) passed, $((failed_cargo + failed_e2e)) failed"
