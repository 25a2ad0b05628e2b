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

echo "== 3. Projections as of June and September 2013"
for month in 2013-06 2013-09; do
  "$bin" project --as-of "$month" --format csv > "$out/projections-$month.csv"
  echo "wrote $out/projections-$month.csv"
done

echo "== 4. Risks, departments and the report as of September 2013"
"$bin" risks --as-of 2013-09 -o "$out/risks-2013-09.csv"
"$bin" departments --as-of 2013-09 -o "$out/departments-2013-09.csv"
"$bin" report --as-of 2013-09 -o "$out/report-2013-09.html"

echo "== 5. What if: links between indicators, two scenarios, a goal seek"
"$bin" links fit "$data/links.yaml"
"$bin" scenario run "$data"/scenarios/*.yaml --format csv -o "$out/scenarios-2013-09.csv"
"$bin" scenario run "$data"/scenarios/*.yaml --format html -o "$out/scenarios-2013-09.html"
"$bin" scenario run "$data"/scenarios/*.yaml --lang en | grep -E "^(id|T00[1-6]) " || true
"$bin" goal-seek T005 --as-of 2013-09
echo
echo "Outputs in $out/: risks-2013-09.csv, departments-2013-09.csv, report-2013-09.html, scenarios-2013-09.html"
