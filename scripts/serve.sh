#!/usr/bin/env bash
# Installs what is missing, then serves the app with Trunk at http://127.0.0.1:8089/ (demo data works at once).
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
.ci/install
# A separate dist folder keeps the release build in dist/ intact for the browser tests.
exec trunk serve --dist dist-dev "$@"
