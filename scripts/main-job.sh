#!/usr/bin/env bash
# The main job on the bundled Heilongjiang 2013 example, end to end.
# Usage: main-job.sh TARGETTRACK_BINARY OUTPUT_FOLDER
set -euo pipefail
bin=$1
out=$2
data=Datasets/heilongjiang-2013
mkdir -p "$out"
export TARGETTRACK_WORKSPACE="$out/heilongjiang-2013.sqlite"
rm -f "$TARGETTRACK_WORKSPACE" "$TARGETTRACK_WORKSPACE-wal" "$TARGETTRACK_WORKSPACE-shm"

echo "== 1. The target document → catalog"
"$bin" extract "$data/work-report-task-allocation-2013.txt" --format csv -o "$out/catalog-extracted.csv"
echo "extracted $(($(wc -l < "$out/catalog-extracted.csv") - 1)) targets into $out/catalog-extracted.csv; loading the reviewed catalog"
"$bin" init
"$bin" catalog import "$data/catalog.yaml"

echo "== 2. The monthly releases (reconstructed 2004–2013) and the published figures"
"$bin" import "$data/heilongjiang-2013-reconstructed.csv" "$data/published.csv"

echo "== 3. June 2013 projections, then the month of September: projections, risks, departments, report, workbook"
"$bin" project --as-of 2013-06 --format csv -o "$out/projections-2013-06.csv"
"$bin" month --as-of 2013-09 --out "$out"

echo "== 5. What if: links between indicators, two scenarios, a goal seek"
"$bin" links fit "$data/links.yaml"
"$bin" scenario run "$data"/scenarios/*.yaml --format csv -o "$out/scenarios-2013-09.csv"
"$bin" scenario run "$data"/scenarios/*.yaml --format html -o "$out/scenarios-2013-09.html"
"$bin" scenario run "$data"/scenarios/*.yaml --lang en | grep -E "^(id|T00[1-6]) " || true
"$bin" goal-seek T005 --as-of 2013-09
echo
echo "Outputs in $out/: risks-2013-09.csv, departments-2013-09.csv, report-2013-09.html, workbook-2013-09.xlsx, scenarios-2013-09.html"
