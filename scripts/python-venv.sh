#!/usr/bin/env bash
# Makes (or refreshes) a virtual environment from a pinned requirements file and prints its
# python. The venv is rebuilt only when the requirements change; concurrent callers wait on a lock.
# Usage: python-venv.sh VENV_FOLDER REQUIREMENTS_FILE
set -euo pipefail
venv=$1
requirements=$2
# Tests that share a venv may ask for it at the same time: one builds it, the others wait.
exec 9>"$venv.lock"
flock 9
if [ ! -x "$venv/bin/python" ] || ! cmp -s "$requirements" "$venv/requirements.txt"; then
  echo "installing $requirements into $venv (first use)" >&2
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q -r "$requirements" >&2
  cp "$requirements" "$venv/requirements.txt"
fi
echo "$venv/bin/python"
