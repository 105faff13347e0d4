#!/usr/bin/env bash
# The fleet backoffice: set up, make sure Debian's PostgreSQL is installed, then run
# it. Without DATABASE_URL it starts a private cluster in storage/backoffice-pg on
# 127.0.0.1:5433 (BACKOFFICE_PG_PORT), takes over one a killed run left running, and
# stops it on SIGTERM/SIGINT; BACKOFFICE_KIOSK_TOKENS and BACKOFFICE_OPERATOR_TOKEN
# say who may push and who may read (see docs/fleet.md). The console at / is built
# first when apps/console/dist is missing or older than its sources.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/bootstrap.sh
[ -n "${DATABASE_URL:-}" ] || bash scripts/install-test-deps.sh postgresql
bash scripts/build-console-if-stale.sh
exec node --import tsx apps/backoffice/src/main.ts
