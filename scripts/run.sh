#!/usr/bin/env bash
# Runs one command with the project's Node 24 first on PATH (the npm scripts go through this, so
# `npm run …` works from a plain shell whose Node is older).
set -euo pipefail
SELF="$(readlink -f "${BASH_SOURCE[0]}")"
source "$(dirname "$SELF")/env.sh"
if [ "$(node_major)" -lt 22 ] || [ ! -f "$ROOT/node_modules/.setup-stamp" ]; then
  bash "$ROOT/scripts/setup.sh"
  source "$ROOT/scripts/env.sh"
fi
exec "$@"
