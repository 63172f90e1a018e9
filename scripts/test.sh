#!/usr/bin/env bash
# Installs whatever is missing, then runs lint, typecheck, the layering check and the whole test suite.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
bash "$ROOT/scripts/setup.sh"
source "$ROOT/scripts/env.sh"
cd "$ROOT"
bash "$ROOT/scripts/ensure-postgres.sh"
echo "== lint" && npx biome check .
echo "== typecheck" && npx tsc --noEmit -p . && npx tsc --noEmit -p convex
# Layering (docs/architecture.md): errors fail the run, warnings (type-only cycles) are shown.
echo "== layering" && npx depcruise src test web/app web/components web/lib --config .dependency-cruiser.cjs --ignore-known
echo "== tests"
mkdir -p .cache
status=0
npx vitest run --reporter=default --reporter=json --outputFile.json=.cache/vitest-results.json "$@" || status=$?
node scripts/test-summary.ts .cache/vitest-results.json || status=1
exit $status
