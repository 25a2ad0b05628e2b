#!/bin/sh
# Import throughput of `targettrack import` on a synthetic 5-million-row long-format file, its peak
# memory, and the time pandas.read_csv + DataFrame.to_sql take on the same file in the same run.
#
# usage: Benchmarks/import_benchmark.sh [ROWS]     (from the repository root; default 5000000)
# Needs: a release build (swift build -c release --product targettrack) and pandas in
# Benchmarks/.venv (python3 -m venv Benchmarks/.venv && Benchmarks/.venv/bin/pip install pandas).
set -eu
rows=${1:-5000000}
data=Benchmarks/.data
mkdir -p "$data"
file="$data/synthetic-long-$rows.csv"
[ -f "$file" ] || python3 Benchmarks/generate_synthetic_long.py "$rows" "$file"
binary=.build/release/targettrack
python=Benchmarks/.venv/bin/python
rm -f "$data"/bench.sqlite* "$data"/pandas.sqlite*
"$binary" init --workspace "$data/bench.sqlite" > /dev/null

/usr/bin/time -f "%e %M %U %S" -o "$data/time.txt" "$binary" import "$file" --workspace "$data/bench.sqlite" > "$data/import.txt"
read -r seconds kilobytes user system < "$data/time.txt"
head -1 "$data/import.txt"

/usr/bin/time -f "%e %M %U %S" -o "$data/pandas-time.txt" "$python" Benchmarks/pandas_import.py "$file" "$data/pandas.sqlite" > /dev/null
read -r pandas_seconds pandas_kilobytes pandas_user pandas_system < "$data/pandas-time.txt"

# CPU time beside the wall clock: on a shared machine the wall clock also counts waiting for a core.
awk -v n="$rows" -v s="$seconds" -v k="$kilobytes" -v u="$user" -v y="$system" \
    -v ps="$pandas_seconds" -v pk="$pandas_kilobytes" -v pu="$pandas_user" -v py="$pandas_system" -v load="$(cut -d' ' -f1-3 /proc/loadavg)" 'BEGIN {
    printf "targettrack import: %d rows in %.2f s = %.0f rows/s, peak memory %.0f MB (CPU %.2f s user + %.2f s system)\n", n, s, n / s, k / 1024, u, y
    printf "pandas read_csv + to_sql: %.2f s = %.0f rows/s, peak memory %.0f MB (CPU %.2f s user + %.2f s system)\n", ps, n / ps, pk / 1024, pu, py
    printf "targettrack is %.1f times as fast as pandas\n", ps / s
    printf "CPU load during the run (/proc/loadavg): %s\n", load
}'
