#!/usr/bin/env bash
# Executes every notebook on a fresh kernel, in Notebooks/.venv (made from the pinned
# requirements on first use). Usage: run-notebooks.sh TARGETTRACK_BINARY
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
venv="$root/Notebooks/.venv"
if [ ! -x "$venv/bin/python" ] || ! cmp -s "$root/Notebooks/requirements.txt" "$venv/requirements.txt"; then
  echo "installing the notebook requirements into $venv (first use)" >&2
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q -r "$root/Notebooks/requirements.txt" >&2
  "$venv/bin/python" -m ipykernel install --sys-prefix --name python3 >/dev/null
  cp "$root/Notebooks/requirements.txt" "$venv/requirements.txt"
fi
PYTHONDONTWRITEBYTECODE=1 TARGETTRACK="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")" MPLBACKEND=Agg "$venv/bin/python" "$root/Notebooks/run_notebooks.py"
