#!/usr/bin/env bash
# The README's start command: set up, then run the agent in DEV mode on :7070.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/bootstrap.sh
exec pnpm start
