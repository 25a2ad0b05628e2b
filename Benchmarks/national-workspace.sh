#!/usr/bin/env bash
# Builds a workspace of the seeded synthetic national panel (2,846 units × 40 indicators =
# 113,840 series, one target per series; `targettrack bench --workspace`) to serve and load:
#   bash Benchmarks/national-workspace.sh [WORKSPACE] [SERIES]
#   bash Benchmarks/serve_load.sh WORKSPACE "/?as_of=2013-09" "/targets/B0?as_of=2013-09"
# Environment: BIN (.build/release/targettrack). The panel's CSV is kept in the bench's scratch folder.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-.build/release/targettrack}
WS=${1:-${TMPDIR:-/tmp}/targettrack-national.sqlite}
SERIES=${2:-113840}
for suffix in "" -wal -shm; do rm -f "$WS$suffix"; done
"$BIN" bench --series "$SERIES" --workspace "$WS"
