#!/usr/bin/env bash
# Build the operators' console (apps/console/dist, served by the backoffice at /) when it
# is missing or older than any of its sources, so `pnpm start:backoffice` never serves
# yesterday's pages. Expects the bootstrap's shell.
set -euo pipefail
cd "$(dirname "$0")/.."
built=apps/console/dist/index.html
sources=(apps/console/src apps/console/index.html apps/console/vite.config.ts apps/console/package.json
  pnpm-lock.yaml)
if [ ! -f "$built" ] || [ -n "$(find "${sources[@]}" -newer "$built" -not -path '*/node_modules/*' -print -quit)" ]; then
  echo "build: building the operators' console" >&2
  pnpm build:console >&2
fi
