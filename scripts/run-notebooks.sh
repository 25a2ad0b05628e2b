#!/usr/bin/env bash
# Executes every notebook on a fresh kernel, in Notebooks/.venv (made from the pinned
# requirements on first use). Usage: run-notebooks.sh TARGETTRACK_BINARY
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
python=$(bash "$root/scripts/python-venv.sh" "$root/Notebooks/.venv" "$root/Notebooks/requirements.txt")
"$python" -m ipykernel install --sys-prefix --name python3 >/dev/null
PYTHONDONTWRITEBYTECODE=1 TARGETTRACK="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")" MPLBACKEND=Agg "$python" "$root/Notebooks/run_notebooks.py"
