#!/usr/bin/env bash
# The browser checks as ctest runs them: indexes the sample corpus, serves it on a free port of
# 127.0.0.1 with the pages of web/, runs run.mjs in Debian's Chromium, stops the server.
# usage: ctest.sh ORIENTA_BIN WORK_DIR   (screenshots go to WORK_DIR/screenshots)
set -euo pipefail
bin=$1
work=$2
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
rm -rf "$work/db"
mkdir -p "$work"
"$bin" index --corpus "$root/corpus/data" --db "$work/db" >/dev/null
"$bin" serve --db "$work/db" --port 0 --web "$root/web" >"$work/serve.out" 2>"$work/serve.log" &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true' EXIT
url=""
for _ in $(seq 1 100); do
  url=$(grep -o -m1 'http://127.0.0.1:[0-9]*' "$work/serve.out" | head -n1 || true)
  [ -n "$url" ] && break
  kill -0 $server 2>/dev/null || { cat "$work/serve.log" >&2; exit 1; }
  sleep 0.1
done
[ -n "$url" ] || { echo "ctest.sh: the server did not start" >&2; exit 1; }
node "$here/run.mjs" --base "$url" --out "$work/screenshots"
