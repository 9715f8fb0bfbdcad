#!/usr/bin/env bash
# Kill test: under a search and match load (wrk), starts `orienta index --full` KILLS times
# and kills it with SIGKILL at a random point of its run, checking after each kill that the
# served index answers whole; then builds once more and checks that the build succeeds and
# that the killed builds' leftovers are gone. Run from the repository after make build:
#   bench/kill.sh [KILLS=30] [CORPUS=corpus/data] [BUILD=build]
set -euo pipefail
cd "$(dirname "$0")/.."
kills=${1:-30}
corpus=${2:-corpus/data}
build=${3:-build}
orienta=$build/cli/orienta
work=$(mktemp -d "${TMPDIR:-/tmp}/orienta-kill-XXXXXX")
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
calc() { awk "BEGIN {print $1}"; }
start=$(date +%s.%N)
"$orienta" index --corpus "$work/corpus" --db "$work/db" --full >/dev/null
build_seconds=$(calc "$(date +%s.%N) - $start")
"$orienta" serve --db "$work/db" --port "$port" >"$work/server.out" 2>"$work/server.log" &
server=$!
for _ in $(seq 50); do
  curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break
  sleep 0.1
done
documents() { curl -s "http://127.0.0.1:$port/healthz" | sed -n 's/.*"documents":\([0-9]*\).*/\1/p'; }
expected=$(documents)

# The load lasts longer than the kills: each is at most one build's time.
load_seconds=$(calc "int(($build_seconds + 1) * $kills * 1.5 + 10)")
wrk -t1 -c8 -d"${load_seconds}s" -s bench/wrk/search.lua "http://127.0.0.1:$port" \
  >"$work/search.txt" 2>&1 &
search=$!
wrk -t1 -c8 -d"${load_seconds}s" -s bench/wrk/match.lua "http://127.0.0.1:$port" \
  >"$work/match.txt" 2>&1 &
match=$!

mid_build=0
broken=0
for k in $(seq "$kills"); do
  sed -i "1s/\"description\": {\"fr\": \"/&(kill $k) /" "$work/corpus/services.jsonl"
  "$orienta" index --corpus "$work/corpus" --db "$work/db" --full >/dev/null 2>&1 &
  indexer=$!
  # A random point of the build: 0.1 s to its whole time under load.
  sleep "$(calc "0.1 + ($RANDOM % 1000) * $build_seconds * 1.3 / 1000")"
  if kill -0 "$indexer" 2>/dev/null; then
    kill -9 "$indexer" 2>/dev/null && mid_build=$((mid_build + 1))
  fi
  wait "$indexer" 2>/dev/null || true
  got=$(documents)
  if [ "$got" != "$expected" ] || ! "$orienta" search --db "$work/db" --size 1 palliatif >/dev/null; then
    echo "kill $k: the served index answers $got documents (expected $expected)" >&2
    broken=$((broken + 1))
  fi
done
generations_before=$(find "$work/db" -maxdepth 1 -name 'gen-*' | wc -l)
final=ok
"$orienta" index --corpus "$work/corpus" --db "$work/db" >/dev/null 2>&1 || final=failed
generations_after=$(find "$work/db" -maxdepth 1 -name 'gen-*' | wc -l)
sleep 1.5
got=$(documents)
[ "$got" = "$expected" ] || broken=$((broken + 1))
kill -INT "$search" "$match" 2>/dev/null || true  # wrk prints its figures on SIGINT
wait "$search" "$match" 2>/dev/null || true

errors() {
  awk '/Non-2xx|Socket errors/ {print}' "$1" | tr '\n' ' '
}
echo "kill: $kills builds started (one build: $(calc "int($build_seconds * 10) / 10") s), $mid_build killed mid-build"
echo "requests during: search $(awk '/requests in/ {print $1}' "$work/search.txt"), match $(awk '/requests in/ {print $1}' "$work/match.txt"); errors: $(errors "$work/search.txt")$(errors "$work/match.txt")"
echo "served index whole after every kill: $([ "$broken" -eq 0 ] && echo yes || echo "no ($broken times)")"
echo "next build: $final; generations before it: $generations_before, after: $generations_after"
[ "$broken" -eq 0 ] && [ "$final" = ok ] && [ "$generations_after" -le 2 ]
