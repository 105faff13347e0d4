#!/usr/bin/env bash
# The README's start command: set up, build the production bundle when it is
# missing or stale, then run it in DEV mode on :7070 with the kiosk at /.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/bootstrap.sh
bash scripts/build-if-stale.sh
exec pnpm start
