#!/usr/bin/env bash
# Load run of the dashboard (not a test): the Heilongjiang workspace, one leadership account,
# `wrk` at 64 connections on the overview and a target page, 30 s each.
#   bash Benchmarks/serve_load.sh [.build/release/targettrack] [seconds]
# Needs Debian's wrk and curl (bash scripts/install-system-packages.sh wrk curl). Prints requests/s and p99.
set -euo pipefail
BIN=${1:-.build/release/targettrack}
SECONDS_EACH=${2:-30}
PORT=${PORT:-18080}
DATA=Datasets/heilongjiang-2013
DIR=$(mktemp -d)
trap 'kill "$SERVER" 2>/dev/null || true; rm -rf "$DIR"' EXIT
WS="$DIR/hlj.sqlite"
"$BIN" catalog import "$DATA/catalog.yaml" --workspace "$WS" >/dev/null
"$BIN" import "$DATA/heilongjiang-2013-reconstructed.csv" "$DATA/published.csv" --workspace "$WS" >/dev/null
PASSWORD=load-test-password
printf '%s\n' "$PASSWORD" | "$BIN" users add leader --role leadership --workspace "$WS" >/dev/null
"$BIN" serve --workspace "$WS" --port "$PORT" >"$DIR/serve.log" 2>&1 &
SERVER=$!
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.2; done
JAR="$DIR/cookies"
TOKEN=$(curl -s -c "$JAR" "http://127.0.0.1:$PORT/login" | sed -n 's/.*name="csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -s -b "$JAR" -c "$JAR" -o /dev/null --data-urlencode "name=leader" --data-urlencode "password=$PASSWORD" \
  --data-urlencode "csrf=$TOKEN" "http://127.0.0.1:$PORT/login"
COOKIE=$(awk '$6 == "targettrack_session" { print "targettrack_session=" $7 }' "$JAR")
for path in "/?as_of=2013-09" "/targets/T001?as_of=2013-09"; do
  curl -sf -H "Cookie: $COOKIE" "http://127.0.0.1:$PORT$path" >/dev/null   # warm the cache
  echo "== $path"
  wrk -t2 -c64 -d"${SECONDS_EACH}s" --latency -H "Cookie: $COOKIE" "http://127.0.0.1:$PORT$path" \
    | grep -E "Requests/sec|99%|Non-2xx|Socket errors"
done
