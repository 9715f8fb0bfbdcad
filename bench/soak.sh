#!/usr/bin/env bash
# Soak: saturates GET /v1/search and POST /v1/match with wrk for MINUTES while the index is
# rebuilt (--full) every REBUILD seconds, then reports the errors, the latency percentiles and
# the server's RSS after warm-up and at the end. Run from the repository after make build:
#   bench/soak.sh [MINUTES=10] [REBUILD=60] [CORPUS=corpus/data] [BUILD=build]
set -euo pipefail
cd "$(dirname "$0")/.."
minutes=${1:-10}
rebuild=${2:-60}
corpus=${3:-corpus/data}
build=${4:-build}
orienta=$build/cli/orienta
work=$(mktemp -d "${TMPDIR:-/tmp}/orienta-soak-XXXXXX")
port=$((20000 + RANDOM % 20000))
server=""
cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

cp -r "$corpus" "$work/corpus"
"$orienta" index --corpus "$work/corpus" --db "$work/db" >/dev/null
"$orienta" serve --db "$work/db" --port "$port" >"$work/server.out" 2>"$work/server.log" &
server=$!
for _ in $(seq 50); do
  curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break
  sleep 0.1
done
rss() { awk '/^VmRSS/ {print $2}' "/proc/$server/status"; }

seconds=$((minutes * 60))
wrk -t1 -c16 -d"${seconds}s" --latency -s bench/wrk/search.lua "http://127.0.0.1:$port" \
  >"$work/search.txt" 2>&1 &
search=$!
wrk -t1 -c16 -d"${seconds}s" --latency -s bench/wrk/match.lua "http://127.0.0.1:$port" \
  >"$work/match.txt" 2>&1 &
match=$!

sleep 30
rss_warm=$(rss)
builds=0
failed_builds=0
start=$(date +%s)
while [ $(($(date +%s) - start + 30)) -lt $((seconds - rebuild / 2)) ]; do
  sleep "$rebuild"
  # A changed record each time, so that every build makes and switches a new generation.
  builds=$((builds + 1))
  sed -i "1s/\"description\": {\"fr\": \"/&(soak $builds) /" "$work/corpus/services.jsonl"
  if ! "$orienta" index --corpus "$work/corpus" --db "$work/db" --full >>"$work/index.log" 2>&1; then
    failed_builds=$((failed_builds + 1))
  fi
done
wait "$search" "$match"
rss_end=$(rss)
health=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/healthz")

report() {
  local name=$1 file=$2
  local requests errors
  requests=$(awk '/requests in/ {print $1}' "$file")
  errors=$(awk '/Non-2xx|Socket errors/ {print}' "$file" | tr '\n' ' ')
  printf '%-7s %s requests, %s req/s; latency p50 %s p90 %s p99 %s; errors: %s\n' "$name" \
    "$requests" "$(awk '/Requests\/sec/ {print $2}' "$file")" \
    "$(awk '$1 == "50%" {print $2}' "$file")" "$(awk '$1 == "90%" {print $2}' "$file")" \
    "$(awk '$1 == "99%" {print $2}' "$file")" "${errors:-none}"
}
echo "soak: ${minutes} min at saturation (wrk 16+16 connections), a full rebuild every ${rebuild} s"
report search "$work/search.txt"
report match "$work/match.txt"
echo "rebuilds: $builds ($failed_builds failed); /healthz at the end: $health"
awk -v a="$rss_warm" -v b="$rss_end" \
  'BEGIN {printf "RSS after 30 s: %.1f MiB, at the end: %.1f MiB (%+.1f%%)\n", a/1024, b/1024, (b-a)*100/a}'
