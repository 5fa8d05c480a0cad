#!/usr/bin/env bash
# Installs what the end-to-end tests drive: the npm packages in this folder (Microsoft 365 Agents Playground,
# playwright-core) and Debian's Chromium. Safe to run repeatedly; does nothing that is already done.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"

sudo_cmd=""
if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi
apt_updated=""
apt_install() {
  if [ -z "$apt_updated" ]; then $sudo_cmd apt-get update -qq; apt_updated=1; fi
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "$@" >/dev/null
}

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "install.sh: installing Debian nodejs and npm"
  apt_install nodejs npm
fi
# playwright-core declares node >= 20. Debian 12 ships 18: say so rather than fail later inside a test.
node_major="$(node -p 'process.versions.node.split(".")[0]')"
if [ "$node_major" -lt 20 ]; then
  echo "install.sh: Node.js $(node --version) is too old; the end-to-end tests need 20 or later (Debian 13's nodejs, or NodeSource's on Debian 12)" >&2
  exit 1
fi

# npm ci only when node_modules is missing or older than the lock file.
if [ ! -d "$here/node_modules" ] || [ "$here/package-lock.json" -nt "$here/node_modules/.package-lock.json" ]; then
  echo "install.sh: installing npm packages for the end-to-end tests"
  npm ci --prefix "$here" --no-audit --no-fund --loglevel=error
fi

chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$chromium" ]; then
  echo "install.sh: installing Debian chromium"
  apt_install chromium
fi
[ -x "$chromium" ] || { echo "install.sh: $chromium is still missing" >&2; exit 1; }
echo "install.sh: end-to-end test tools ready (node $(node --version), $("$chromium" --version 2>/dev/null | head -n1))"
