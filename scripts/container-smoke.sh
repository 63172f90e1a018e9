#!/usr/bin/env bash
# Builds deploy/Dockerfile with podman and smoke-tests the image: the container starts as a
# non-root user, /readyz passes, the image's HEALTHCHECK passes, a typed conversation over the
# Pipecat WebSocket gets products and speech and is recorded, SIGTERM stops it with exit 0, and
# restarted with SHUTDOWN_DRAIN_S it drains a live session through SIGTERM.
# Prints the image size, the build time and the start → ready time. Minutes, not seconds: not in
# the test suite. Usage (as root): scripts/container-smoke.sh [--no-build]
#
# The flags below are this kind of machine's (no registry, no Docker daemon, hybrid cgroups):
# a base image made with debootstrap, chroot builds, runc with cgroupfs, host networking. The
# Dockerfile itself stays portable.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"

IMAGE="${SMOKE_IMAGE:-localhost/voice-shopper:smoke}"
BASE="docker.io/library/debian:bookworm-slim"
NAME="vs-smoke-$$"
VOLUME="vs-smoke-data-$$"
READY_TIMEOUT_S="${SMOKE_READY_TIMEOUT_S:-180}"
build=1
[ "${1:-}" = "--no-build" ] && build=0

log() { printf '[container-smoke] %s\n' "$*" >&2; }
die() { log "FAILED: $*"; exit 1; }
now_ms() { date +%s%3N; }
secs_since() { local d=$(($(now_ms) - $1)); printf '%d.%01d' $((d / 1000)) $((d % 1000 / 100)); }

command -v podman >/dev/null || die "podman is missing: apt-get install -y podman runc debootstrap"
# podman's default ulimits are refused here (crun: setrlimit RLIMIT_NOFILE), so run with none.
conf="$(mktemp)"
printf '[containers]\ndefault_ulimits = []\n' > "$conf"
export CONTAINERS_CONF="$conf"
run_podman() { podman --runtime runc --cgroup-manager cgroupfs "$@"; }

cleanup() {
  run_podman rm -f -t 0 "$NAME" >/dev/null 2>&1 || true
  podman volume rm -f "$VOLUME" >/dev/null 2>&1 || true
  rm -f "$conf"
}
trap cleanup EXIT

# 1. The base image, made locally when missing (no registry is reachable from here).
if ! podman image exists "$BASE"; then
  command -v debootstrap >/dev/null || die "debootstrap is missing: apt-get install -y debootstrap"
  rootfs="$(mktemp -d)"
  log "making $BASE with debootstrap (about a minute)"
  debootstrap --variant=minbase bookworm "$rootfs" >&2
  tar -C "$rootfs" -c . | podman import - localhost/base:bookworm >/dev/null
  podman tag localhost/base:bookworm "$BASE"
  rm -rf "$rootfs"
fi

# 2. The app image.
if [ "$build" = 1 ]; then
  log "building $IMAGE"
  t0=$(now_ms)
  ca_flags=()
  # This machine reaches the npm registry through a TLS-intercepting proxy whose CA only the host trusts.
  if [ -n "${NODE_EXTRA_CA_CERTS:-}" ] && [ -f "$NODE_EXTRA_CA_CERTS" ]; then
    ca_flags=(-v "$NODE_EXTRA_CA_CERTS:/etc/ssl/host-ca.crt:ro"
      --build-arg NODE_EXTRA_CA_CERTS=/etc/ssl/host-ca.crt --build-arg npm_config_cafile=/etc/ssl/host-ca.crt)
  fi
  # --format docker: the OCI image format has no HEALTHCHECK, and podman would drop it.
  podman build --pull=never --isolation chroot --network host --format docker "${ca_flags[@]}" \
    -f deploy/Dockerfile -t "$IMAGE" . >&2
  build_s="$(secs_since "$t0") s"
else
  build_s="skipped (--no-build)"
fi
size_bytes=$(podman image inspect --format '{{.Size}}' "$IMAGE")

# 3. Run it on a free port (host networking: this machine's podman has no working bridge).
port=$(node -e "const s=require('node:net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
base_url="http://127.0.0.1:$port"
podman volume create "$VOLUME" >/dev/null
t0=$(now_ms)
# Without systemd, podman logs that it cannot time the health checks ("unable to get systemd
# connection"): harmless, the check is run once by hand below.
start_and_wait() {
  run_podman run -d --name "$NAME" --network host -v "$VOLUME:/data" \
    -e PORT="$port" -e HOST=127.0.0.1 -e LOG_LEVEL=info "$@" "$IMAGE" >/dev/null
  local ready=0
  for _ in $(seq 1 $((READY_TIMEOUT_S * 5))); do
    if curl -fsS "$base_url/readyz" >/dev/null 2>&1; then ready=1; break; fi
    [ "$(run_podman inspect -f '{{.State.Running}}' "$NAME")" = true ] || break
    sleep 0.2
  done
  if [ "$ready" != 1 ]; then
    run_podman logs "$NAME" 2>&1 | tail -40 >&2
    die "/readyz did not pass within ${READY_TIMEOUT_S} s"
  fi
}
start_and_wait
ready_s=$(secs_since "$t0")
log "ready in ${ready_s} s at $base_url (empty data volume: the catalog's speech model is built first)"

# Native addons load in the image (one built against the wrong Node fails only when first used).
run_podman exec "$NAME" node --input-type=module -e \
  "for (const m of ['@discordjs/opus', 'better-sqlite3', 'koffi', 'onnxruntime-node']) await import(m)" \
  || die "a native addon does not load"
uid=$(run_podman exec "$NAME" id -u)
[ "$uid" != 0 ] || die "the server runs as root"
run_podman healthcheck run "$NAME" >/dev/null || die "the image's HEALTHCHECK failed on a ready server"

# 4. A typed conversation: products on screen, speech, the conversation recorded.
node scripts/container-smoke-client.ts "$base_url" || { run_podman logs "$NAME" 2>&1 | tail -40 >&2; die "conversation"; }

# 5. SIGTERM (through tini) ends the server cleanly.
t0=$(now_ms)
run_podman stop -t 30 "$NAME" >/dev/null
stop_s=$(secs_since "$t0")
code=$(run_podman inspect -f '{{.State.ExitCode}}' "$NAME")
[ "$code" = 0 ] || { run_podman logs "$NAME" 2>&1 | tail -40 >&2; die "exit code $code after SIGTERM"; }


# 6. Started again on the same volume (what a restart or a rolling update costs), with a drain:
# SIGTERM during a live session refuses new ones and serves it until it leaves, then exit 0.
run_podman rm "$NAME" >/dev/null
t0=$(now_ms)
start_and_wait -e SHUTDOWN_DRAIN_S=120
warm_s=$(secs_since "$t0")
out="$(mktemp)"
node scripts/container-smoke-client.ts "$base_url" --drain > "$out" &
client=$!
for _ in $(seq 1 300); do grep -q connected "$out" && break; sleep 0.1; done
grep -q connected "$out" || die "the drain client did not connect"
run_podman stop -t 60 "$NAME" >/dev/null
wait "$client" || die "drain: $(cat "$out")"
code=$(run_podman inspect -f '{{.State.ExitCode}}' "$NAME")
[ "$code" = 0 ] || die "exit code $code after a drain (137: killed at the stop timeout)"
tail -n 1 "$out"
rm -f "$out"

printf 'image %s: %s MB; build %s; start → /readyz %s s (empty volume), %s s (second start); SIGTERM → exit 0 in %s s; runs as uid %s\n' \
  "$IMAGE" "$((size_bytes / 1000000))" "$build_s" "$ready_s" "$warm_s" "$stop_s" "$uid"
