#!/usr/bin/env bash
# The README's start command: set up, build the production bundle (the agent and
# the kiosk UI) when it is missing or older than its sources, then run it in DEV
# mode on :7070 with the kiosk at /.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/bootstrap.sh
built=apps/agent/dist/agent-main.mjs
sources=(apps/agent/src apps/agent/build.ts apps/kiosk/src apps/kiosk/index.html apps/kiosk/vite.config.ts
  apps/kiosk/bundle-report.ts packages drizzle config pnpm-lock.yaml)
if [ ! -f "$built" ] || [ -n "$(find "${sources[@]}" -newer "$built" -not -path '*/node_modules/*' -print -quit)" ]; then
  echo "start: building the agent and the kiosk UI" >&2
  pnpm build >&2
fi
exec pnpm start
