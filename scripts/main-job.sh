#!/usr/bin/env bash
# The main job on the bundled example. Usage: main-job.sh TARGETTRACK_BINARY OUTPUT_FOLDER
set -euo pipefail
bin=$1
out=$2
mkdir -p "$out"
echo "== Linear algebra certified on NIST StRD"
"$bin" regress --certify Datasets/nist-strd/*.dat
