#!/usr/bin/env bash
# Installs what the end-to-end tests drive: the npm packages in this folder (Microsoft 365 Agents Playground,
# playwright-core) and Debian's Chromium. Safe to run repeatedly; does nothing that is already done.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"

command -v node >/dev/null || { echo "install.sh: node is required (Node.js 20 or later)" >&2; exit 1; }
command -v npm >/dev/null || { echo "install.sh: npm is required" >&2; exit 1; }

# npm ci only when node_modules is missing or older than the lock file.
if [ ! -d "$here/node_modules" ] || [ "$here/package-lock.json" -nt "$here/node_modules/.package-lock.json" ]; then
  echo "install.sh: installing npm packages for the end-to-end tests"
  npm ci --prefix "$here" --no-audit --no-fund --loglevel=error
fi

chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$chromium" ]; then
  echo "install.sh: installing Debian chromium"
  sudo_cmd=""
  if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium >/dev/null
fi
[ -x "$chromium" ] || { echo "install.sh: $chromium is still missing" >&2; exit 1; }
echo "install.sh: end-to-end test tools ready (node $(node --version), $("$chromium" --version 2>/dev/null | head -n1))"
