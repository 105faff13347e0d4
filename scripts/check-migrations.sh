#!/usr/bin/env bash
# Fails if the drizzle schema and the committed migrations disagree, i.e. drizzle-kit
# would generate a new migration. Works on a scratch copy so nothing is left behind.
set -euo pipefail
cd "$(dirname "$0")/.."
scratch=".tmp/migration-check"
rm -rf "$scratch" && mkdir -p "$scratch"
trap 'rm -rf "$scratch"' EXIT
cp -r drizzle "$scratch/drizzle"
cat > "$scratch/drizzle.config.ts" <<CFG
import { defineConfig } from "drizzle-kit";
export default defineConfig({ dialect: "sqlite", schema: "./packages/db/src/schema/index.ts", out: "./$scratch/drizzle" });
CFG
output=$(pnpm exec drizzle-kit generate --config "$scratch/drizzle.config.ts" 2>&1) || {
  echo "$output" >&2
  echo "check-migrations: drizzle-kit failed" >&2
  exit 1
}
if ! grep -q "No schema changes" <<<"$output" || ! diff -r drizzle "$scratch/drizzle" >/dev/null; then
  echo "$output" >&2
  echo "check-migrations: the schema has changes with no committed migration; run 'pnpm db:generate --name <what>'" >&2
  exit 1
fi
echo "check-migrations: schema and migrations agree"
