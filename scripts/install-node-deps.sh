#!/usr/bin/env bash
# Installs the npm packages of the JavaScript checks (tests/openapi, tests/browser) from their
# lock files, when missing or out of date. Needs node and npm (scripts/install-deps.sh --test).
set -euo pipefail
cd "$(dirname "$0")/.."
for dir in tests/openapi tests/browser; do
  [ -f "$dir/package-lock.json" ] || continue
  if ! cmp -s "$dir/package-lock.json" "$dir/node_modules/.package-lock.json.installed" 2>/dev/null; then
    echo "orienta: npm ci in $dir"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
    cp "$dir/package-lock.json" "$dir/node_modules/.package-lock.json.installed"
  fi
done
