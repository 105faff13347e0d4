#!/usr/bin/env bash
# Installs what the agent needs on a machine that has only Node 20 and npm:
# the pinned pnpm, then the workspace's dependencies (better-sqlite3 compiles here).
set -euo pipefail
cd "$(dirname "$0")/.."

pnpm_version=$(node -p 'require("./package.json").packageManager.split("@")[1]')
if [ "$(pnpm --version 2>/dev/null || true)" != "$pnpm_version" ]; then
  echo "bootstrap: installing pnpm $pnpm_version" >&2
  npm install --global "pnpm@$pnpm_version" >&2
fi

# node-gyp must build better-sqlite3 against the local Node headers: pnpm does not
# read npm's global nodedir, and without it node-gyp tries to download headers.
nodedir=$(npm config get nodedir 2>/dev/null || true)
if [ -n "$nodedir" ] && [ "$nodedir" != "undefined" ] && [ "$nodedir" != "null" ]; then
  export npm_config_nodedir="$nodedir"
fi

# Never stop to ask (no TTY here) if node_modules was made with another store: rebuild it.
pnpm install --frozen-lockfile --config.confirm-modules-purge=false >&2
