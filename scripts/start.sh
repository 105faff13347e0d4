#!/usr/bin/env bash
# The README's start command: set up, build the kiosk UI when it is missing or older
# than its sources, then run the agent in DEV mode on :7070 (the kiosk at /).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/bootstrap.sh
kiosk_built=apps/kiosk/dist/index.html
kiosk_sources=(apps/kiosk/src apps/kiosk/index.html apps/kiosk/vite.config.ts apps/kiosk/bundle-report.ts packages/client/src)
if [ ! -f "$kiosk_built" ] || [ -n "$(find "${kiosk_sources[@]}" -newer "$kiosk_built" -print -quit)" ]; then
  echo "start: building the kiosk UI" >&2
  pnpm build:kiosk >&2
fi
exec pnpm start
