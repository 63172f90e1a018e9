#!/usr/bin/env bash
# Makes a fresh Debian 12 machine ready: Node 24 (from the npm registry when the
# system Node is older than 22), the apt packages the project needs, npm ci.
# Idempotent; a few seconds when everything is already present.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"

log() { printf '[setup] %s\n' "$*" >&2; }

# 1. Node 24 in a git-ignored tools folder (never in node_modules: npm ci would prune it).
if [ "$(node_major)" -lt 22 ]; then
  log "system Node $(node --version 2>/dev/null || echo none) is older than 22: installing Node $NODE_VERSION into .tools/"
  mkdir -p "$TOOLS"
  npm install --silent --no-save --prefix "$TOOLS" "node@$NODE_VERSION" >&2
  source "$ROOT/scripts/env.sh"
  [ "$(node_major)" -ge 22 ] || { log "Node 24 install failed"; exit 1; }
fi

# 2. apt packages, only those missing.
APT_PACKAGES=(pocketsphinx pocketsphinx-en-us libpocketsphinx3 libsphinxbase3 flite espeak-ng sox chromium fonts-dejavu-core apertium-eng-spa lttoolbox)
missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    log "installing apt packages: ${missing[*]}"
    apt-get update -qq >&2 || true
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
  else
    log "missing apt packages (install them as root): ${missing[*]}"
  fi
fi

# 3. npm dependencies, when package-lock.json changed since the last install.
stamp="node_modules/.setup-stamp"
want="$(node --version) $(sha256sum package-lock.json | cut -d' ' -f1)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  log "npm ci ($(node --version))"
  # node-gyp builds native addons (better-sqlite3…) against the headers of the Node that runs them.
  [ -d "$NODE_PKG/include/node" ] && export npm_config_nodedir="$NODE_PKG"
  npm ci --no-audit --no-fund >&2
  echo "$want" > "$stamp"
fi

# 4. The offline word-vector table knowledge search reads (built once per machine, 15–25 s; a
# search never waits for it to be built).
node "$ROOT/src/cli/main.ts" knowledge prepare >&2 || log "word-vector table not built; knowledge search uses WordNet alone"

