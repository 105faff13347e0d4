#!/usr/bin/env bash
# Build the production bundle (the agent and the kiosk UI) when it is missing or
# older than any of its sources. Shared by the start command and the bench, so
# neither ever measures or serves yesterday's code. Expects the bootstrap's shell.
set -euo pipefail
cd "$(dirname "$0")/.."
built=apps/agent/dist/agent-main.mjs
sources=(apps/agent/src apps/agent/build.ts apps/kiosk/src apps/kiosk/index.html apps/kiosk/vite.config.ts
  apps/kiosk/bundle-report.ts packages drizzle config patches pnpm-lock.yaml)
if [ ! -f "$built" ] || [ -n "$(find "${sources[@]}" -newer "$built" -not -path '*/node_modules/*' -print -quit)" ]; then
  echo "build: building the agent and the kiosk UI" >&2
  pnpm build >&2
fi
