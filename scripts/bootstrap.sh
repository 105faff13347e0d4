# Sourced by the project's scripts: the project's Node.js and pnpm (scripts/env.sh),
# the build tools a native module needs, then the workspace's dependencies
# (better-sqlite3 compiles here). Runs once per shell: CI and the test command
# share one bootstrap.
[ -n "${KIOSK_BOOTSTRAPPED:-}" ] && { return 0 2>/dev/null || exit 0; }
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

# better-sqlite3 compiles from source: it needs python3, make and a C++ compiler.
kiosk_missing=()
command -v python3 >/dev/null || kiosk_missing+=(python3)
command -v make >/dev/null || kiosk_missing+=(make)
command -v g++ >/dev/null || kiosk_missing+=(g++)
if [ ${#kiosk_missing[@]} -gt 0 ]; then
  bash "$kiosk_root/scripts/install-test-deps.sh" "${kiosk_missing[@]}"
fi

# Never stop to ask (no TTY here) if node_modules was made with another store: rebuild it.
(cd "$kiosk_root" && pnpm install --frozen-lockfile --config.confirm-modules-purge=false >&2)
export KIOSK_BOOTSTRAPPED=1
