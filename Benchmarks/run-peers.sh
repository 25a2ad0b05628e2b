#!/usr/bin/env bash
# Runs one Python peer (peers.py or duckdb_peer.py) in Benchmarks/.venv, creating the venv from the
# pinned requirements on first use.
# Usage: run-peers.sh SCRIPT [the script's options]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
script=$1
shift
python=$(bash "$here/../scripts/python-venv.sh" "$here/.venv" "$here/requirements.txt")
# OpenBLAS core-type overrides slow a current numpy; unset them for the peers alone.
env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE "$python" "$here/$script" "$@"
