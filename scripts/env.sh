# Sourced by every project script (bootstrap, start, test, CI, bench): puts the
# project's Node.js (the version in .node-version) and pnpm (package.json's
# packageManager) first on PATH. When the machine's own Node is another line or
# older, the pinned build is installed from the npm registry (the node-linux-*
# packages carry bin/node and the C headers) into .runtime/, which git ignores;
# the machine's Node is never touched. Also points node-gyp at the headers of the
# Node that will run the native modules.
kiosk_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
kiosk_node_version=$(tr -d '[:space:]' < "$kiosk_root/.node-version")

kiosk_node_fits() {
  local have
  have=$(node -p 'process.versions.node' 2>/dev/null) || return 1
  [ "${have%%.*}" = "${kiosk_node_version%%.*}" ] &&
    [ "$(printf '%s\n%s\n' "$kiosk_node_version" "$have" | sort -V | head -n 1)" = "$kiosk_node_version" ]
}

if ! kiosk_node_fits; then
  case "$(uname -m)" in
    x86_64) kiosk_arch=x64 ;;
    aarch64 | arm64) kiosk_arch=arm64 ;;
    *) echo "env: no Node.js build for $(uname -m) in the npm registry" >&2; return 1 ;;
  esac
  kiosk_node_dir="$kiosk_root/.runtime/node-v$kiosk_node_version"
  if [ ! -x "$kiosk_node_dir/bin/node" ]; then
    echo "env: installing Node.js $kiosk_node_version (node-linux-$kiosk_arch) into .runtime/" >&2
    rm -rf "$kiosk_root/.runtime/download"
    npm install --prefix "$kiosk_root/.runtime/download" --no-save --no-package-lock --no-audit --no-fund \
      "node-linux-$kiosk_arch@$kiosk_node_version" >&2
    mkdir -p "$kiosk_root/.runtime"
    mv "$kiosk_root/.runtime/download/node_modules/node-linux-$kiosk_arch" "$kiosk_node_dir"
    rm -rf "$kiosk_root/.runtime/download"
  fi
  export PATH="$kiosk_node_dir/bin:$PATH"
fi

# node-gyp builds native modules (better-sqlite3) against the running Node's own headers;
# pnpm does not read npm's global nodedir, and without one node-gyp tries to download them.
kiosk_node_prefix=$(dirname "$(dirname "$(command -v node)")")
if [ -f "$kiosk_node_prefix/include/node/node.h" ]; then
  export npm_config_nodedir="$kiosk_node_prefix"
fi

kiosk_pnpm_version=$(node -p 'require(process.argv[1]).packageManager.split("@")[1]' "$kiosk_root/package.json")
if [ "$(pnpm --version 2>/dev/null || true)" != "$kiosk_pnpm_version" ]; then
  kiosk_pnpm_dir="$kiosk_root/.runtime/pnpm-$kiosk_pnpm_version"
  if [ ! -x "$kiosk_pnpm_dir/node_modules/.bin/pnpm" ]; then
    echo "env: installing pnpm $kiosk_pnpm_version into .runtime/" >&2
    npm install --prefix "$kiosk_pnpm_dir" --no-save --no-package-lock --no-audit --no-fund \
      "pnpm@$kiosk_pnpm_version" >&2
  fi
  export PATH="$kiosk_pnpm_dir/node_modules/.bin:$PATH"
fi
