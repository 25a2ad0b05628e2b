#!/usr/bin/env bash
# Load run of the dashboard (a benchmark, not a test): `wrk` at 64 connections on each path given,
# logged in as a leadership account; prints the first request's time (the month's computation, or
# a cached one) and requests/s and p99 latency per path.
#
#   bash Benchmarks/serve_load.sh                      # the Heilongjiang 2013 workspace, overview + T001
#   bash Benchmarks/serve_load.sh WORKSPACE PATH...    # any workspace, e.g. the national panel's:
#   bash Benchmarks/serve_load.sh /tmp/national.sqlite "/?as_of=2013-09" "/targets/B0?as_of=2013-09"
#
# Environment: BIN (.build/release/targettrack), SECONDS_EACH (30), CONNECTIONS (64), PORT (18080).
# A given workspace is copied first (the load account goes into the copy, never into the original).
# Installs Debian's wrk and curl when missing (scripts/install-system-packages.sh, root).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-.build/release/targettrack}
SECONDS_EACH=${SECONDS_EACH:-30}
CONNECTIONS=${CONNECTIONS:-64}
PORT=${PORT:-18080}
bash scripts/install-system-packages.sh wrk curl
DIR=$(mktemp -d)
SERVER=
trap '[ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null; rm -rf "$DIR"' EXIT
WS="$DIR/load.sqlite"
if [ $# -eq 0 ]; then
  DATA=Datasets/heilongjiang-2013
  "$BIN" init --workspace "$WS" >/dev/null
  "$BIN" catalog import "$DATA/catalog.yaml" --workspace "$WS" >/dev/null
  "$BIN" import "$DATA/heilongjiang-2013-reconstructed.csv" "$DATA/published.csv" --workspace "$WS" >/dev/null
  PATHS=("/?as_of=2013-09" "/targets/T001?as_of=2013-09")
else
  [ $# -ge 2 ] || { echo "usage: $0 [WORKSPACE PATH...] (give the paths to load with a workspace)" >&2; exit 2; }
  [ -s "$1" ] || { echo "$1: no workspace there" >&2; exit 2; }
  for suffix in "" -wal -shm; do [ -e "$1$suffix" ] && cp "$1$suffix" "$WS$suffix"; done
  shift
  PATHS=("$@")
fi
PASSWORD=load-test-password
printf '%s\n' "$PASSWORD" | "$BIN" users add load-test-leader --role leadership --workspace "$WS" >/dev/null
"$BIN" serve --workspace "$WS" --port "$PORT" >"$DIR/serve.log" 2>&1 &
SERVER=$!
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.2; done
JAR="$DIR/cookies"
TOKEN=$(curl -s -c "$JAR" "http://127.0.0.1:$PORT/login" | sed -n 's/.*name="csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -s -b "$JAR" -c "$JAR" -o /dev/null --data-urlencode "name=load-test-leader" --data-urlencode "password=$PASSWORD" \
  --data-urlencode "csrf=$TOKEN" "http://127.0.0.1:$PORT/login"
COOKIE=$(awk '$6 == "targettrack_session" { print "targettrack_session=" $7 }' "$JAR")
[ -n "$COOKIE" ] || { echo "could not log in; server log:" >&2; cat "$DIR/serve.log" >&2; exit 1; }
for path in "${PATHS[@]}"; do
  # The first request computes the month (or renders the page) and fills the cache.
  first=$(curl -sf -o "$DIR/page" -w '%{time_total}' -H "Cookie: $COOKIE" "http://127.0.0.1:$PORT$path") \
    || { echo "$path: the first request failed" >&2; exit 1; }
  echo "== $path  (first request ${first} s, $(wc -c <"$DIR/page") bytes)"
  wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --timeout 10s --latency -H "Cookie: $COOKIE" "http://127.0.0.1:$PORT$path" \
    | grep -E "Requests/sec|99%|Non-2xx|Socket errors"
done
