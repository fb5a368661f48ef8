#!/usr/bin/env bash
# Serves a copy of dist/ under /tools/incidents/ on 127.0.0.1:PORT, as a host with a subpath would.
set -euo pipefail
PORT=${1:?port}
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SITE="$ROOT/target/subpath-site"
rm -rf "$SITE"
mkdir -p "$SITE/tools"
cp -r "$ROOT/dist" "$SITE/tools/incidents"
exec python3 -m http.server "$PORT" --bind 127.0.0.1 --directory "$SITE"
