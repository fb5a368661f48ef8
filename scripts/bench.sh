#!/usr/bin/env bash
# Benchmark (prints numbers; not a pass/fail test): builds the release site and a minimal Leptos counter
# with the same profile, then measures sizes, load, render, Load all, search and memory in headless
# Chromium with Graph answered by page.route(). Results: stdout and target/bench/bench.json.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
.ci/install
mkdir -p target/bench
trunk build --release
# The counter: the same profile, its own target directory, no extra rustflags (type erasure, which the
# app used until 2026-11-29, made it bigger: 37.5 vs 33.0 KB gzip; the floor should be the smallest).
(cd bench/counter && cargo fetch --quiet && RUSTFLAGS="" CARGO_TARGET_DIR="$ROOT/target/bench-counter" trunk build --release)
cd e2e && node bench.mjs "$ROOT/dist" "$ROOT/target/bench/counter-dist" "$ROOT/target/bench/bench.json"
