#!/usr/bin/env bash
# The README's test command: set up (dependencies and the Debian tools the tests
# drive), then run the whole suite with `pnpm test` and a bounded crash campaign.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
bash scripts/install-test-deps.sh $(cat scripts/test-packages.txt)
pnpm test
pnpm test:chaos --flows "${CHAOS_FLOWS:-30}"
