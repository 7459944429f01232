#!/usr/bin/env bash
# Installs Schemathesis (fuzz/requirements.txt) into <repo>/.venv, next to the Temporal binaries.
# Idempotent and quiet: only (re)installs when it is missing or the requirements changed.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
REQ="$HERE/requirements.txt"
VENV="${BEACON_VENV:-$ROOT/.venv}"
STAMP="$VENV/.fuzz-requirements.sha256"

want="$(sha256sum "$REQ" | cut -d' ' -f1)"
if [[ "$want" == "$(cat "$STAMP" 2>/dev/null || true)" && -x "$VENV/bin/st" ]]; then
  exit 0
fi
if [[ ! -x "$VENV/bin/python" ]]; then
  PY="$(command -v python3 || command -v python || true)"
  [[ -n "$PY" ]] || { echo "[fuzz] ERROR: python3 is required to install Schemathesis" >&2; exit 1; }
  "$PY" -m venv "$VENV" >/dev/null 2>&1 || { echo "[fuzz] ERROR: '$PY -m venv' failed (on Debian: apt-get install -y python3-venv)" >&2; exit 1; }
fi
echo "[fuzz] installing $(grep -Ev '^\s*(#|$)' "$REQ" | tr '\n' ' ')"
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --no-input -r "$REQ"
[[ -x "$VENV/bin/st" ]] || { echo "[fuzz] ERROR: $VENV/bin/st missing after install" >&2; exit 1; }
echo "$want" > "$STAMP"
