#!/usr/bin/env bash
# Builds the Next.js web app (static export to web/out) when its sources changed since the last build.
# The app imports the UI contract from src/shop (contract.ts, ui-events.ts), so those count as its sources.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"
[ -f web/package.json ] || exit 0
want="$( (find web -path web/node_modules -prune -o -path web/out -prune -o -path web/.next -prune -o -type f -print0; \
  printf '%s\0' src/shop/contract.ts src/shop/ui-events.ts) \
  | sort -z | xargs -0 sha256sum | sha256sum | cut -c1-64)"
stamp="web/out/.build-stamp"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then exit 0; fi
echo "[web] building the web app (next build)" >&2
npm run build -w web >&2
echo "$want" > "$stamp"
