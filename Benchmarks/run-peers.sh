#!/usr/bin/env bash
# Runs the Python peers in Benchmarks/.venv, creating it from the pinned requirements on first use.
# Usage: run-peers.sh FOLDER [peers.py options]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
python=$(bash "$here/../scripts/python-venv.sh" "$here/.venv" "$here/requirements.txt")
# OpenBLAS core-type overrides slow a current numpy; unset them for the peers alone.
env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE "$python" "$here/peers.py" "$@"
