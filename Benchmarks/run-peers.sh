#!/usr/bin/env bash
# Runs the Python peers in Benchmarks/.venv, creating it from the pinned requirements on first use.
# Usage: run-peers.sh FOLDER [peers.py options]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
venv="$here/.venv"
if [ ! -x "$venv/bin/python" ] || ! cmp -s "$here/requirements.txt" "$venv/requirements.txt"; then
  echo "installing the Python peers into $venv (first use)" >&2
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q -r "$here/requirements.txt" >&2
  cp "$here/requirements.txt" "$venv/requirements.txt"
fi
# OpenBLAS core-type overrides slow a current numpy; unset them for the peers alone.
env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE "$venv/bin/python" "$here/peers.py" "$@"
