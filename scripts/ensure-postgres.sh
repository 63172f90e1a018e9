#!/usr/bin/env bash
# Makes sure the PostgreSQL the store tests use is reachable: TEST_DATABASE_URL when set (then it is
# the caller's), else postgres://postgres@127.0.0.1:5432/test. On a Debian machine without it (as
# root) this installs Debian's postgresql, starts its cluster, lets local TCP connections in without
# a password (a test machine's loopback only) and creates the `test` database. Idempotent.
set -euo pipefail
log() { printf '[setup] %s\n' "$*" >&2; }
[ -n "${TEST_DATABASE_URL:-}" ] && exit 0

can_connect() { psql -qtA -h 127.0.0.1 -p 5432 -U postgres -d "$1" -c 'select 1' >/dev/null 2>&1; }
command -v psql >/dev/null && can_connect test && exit 0

if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
  log "PostgreSQL is not reachable at postgres://postgres@127.0.0.1:5432/test: start one or set TEST_DATABASE_URL"
  exit 0 # the store tests then fail with this same hint
fi
if ! dpkg-query -W -f='${Status}' postgresql 2>/dev/null | grep -q "install ok installed"; then
  log "installing PostgreSQL (Debian) for the store tests"
  apt-get update -qq >&2 || true
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >&2
fi
version="$(ls /etc/postgresql | sort -V | tail -1)"
hba="/etc/postgresql/$version/main/pg_hba.conf"
if ! grep -q '^# voice-shopper tests' "$hba"; then
  # First match wins: put loopback trust before Debian's password rules.
  { echo '# voice-shopper tests: trust on loopback'
    echo 'host all all 127.0.0.1/32 trust'
    echo 'host all all ::1/128 trust'
    cat "$hba"; } >"$hba.new" && mv "$hba.new" "$hba"
  chown postgres:postgres "$hba"
fi
pg_ctlcluster --skip-systemctl-redirect "$version" main start 2>/dev/null ||
  pg_ctlcluster --skip-systemctl-redirect "$version" main reload
for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 0.5; done
can_connect postgres || { log "PostgreSQL started but refuses postgres@127.0.0.1"; exit 1; }
can_connect test || psql -q -h 127.0.0.1 -U postgres -d postgres -c 'create database test' >&2
log "PostgreSQL $version ready at 127.0.0.1:5432 (database test)"
