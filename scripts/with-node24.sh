#!/usr/bin/env bash
# Runs a command with Node.js 24 and the locked dependencies, so `npm test` and
# `npm run demo` work as the first commands on a fresh clone, whatever Node the machine has.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
. "$root/scripts/node24-path.sh"
if [ ! -f "$root/node_modules/.package-lock.json" ] || [ "$root/package-lock.json" -nt "$root/node_modules/.package-lock.json" ]; then
  echo "Installing dependencies (npm ci)" >&2
  (cd "$root" && npm ci --no-audit --no-fund --loglevel=error) >&2
fi
exec "$@"
