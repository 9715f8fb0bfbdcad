#!/usr/bin/env bash
# Installs the Debian packages Orienta needs to build, test and run, when any is missing.
set -euo pipefail

packages=(g++ cmake ninja-build pkg-config make
  libxapian-dev libicu-dev rapidjson-dev libcpp-httplib-dev
  libgtest-dev libgmock-dev libbenchmark-dev liblinear-dev)
if [ "${1:-}" = "--test" ]; then
  # wrk for the load scripts, Chromium for the browser tests, Node.js for the JavaScript checks
  # (a machine that already has node and npm keeps its own).
  packages+=(wrk chromium)
  command -v node >/dev/null || packages+=(nodejs)
  command -v npm >/dev/null || packages+=(npm)
fi
if [ "${1:-}" = "--clang" ]; then
  packages+=(clang)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "orienta: installing ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  sudo="sudo"
fi
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
