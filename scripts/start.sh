#!/usr/bin/env bash
# Installs whatever is missing, then starts Voice Shopper with the offline defaults.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
bash "$ROOT/scripts/setup.sh"
source "$ROOT/scripts/env.sh"
cd "$ROOT"
bash "$ROOT/scripts/build-web.sh"
exec node src/cli/main.ts start "$@"
