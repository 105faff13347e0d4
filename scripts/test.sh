#!/usr/bin/env bash
# The README's test command: set up (Node, dependencies and the Debian tools the
# tests drive), then run the whole suite with `pnpm test`, a bounded crash campaign, the
# fleet simulation (agents, the backoffice and a real PostgreSQL) and the fleet chaos
# campaign (the backoffice killed and PostgreSQL stopped under load).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/bootstrap.sh
bash scripts/install-test-deps.sh $(cat scripts/test-packages.txt)
node -e 'console.error(`test: Node.js ${process.version}`)'
pnpm test
pnpm test:chaos --flows "${CHAOS_FLOWS:-30}"
pnpm fleet:sim --kiosks "${FLEET_KIOSKS:-3}" --minutes "${FLEET_MINUTES:-1}"
pnpm test:fleet-chaos --rounds "${FLEET_CHAOS_ROUNDS:-3}"
