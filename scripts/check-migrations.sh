#!/usr/bin/env bash
# Fails if a drizzle schema and its committed migrations disagree, i.e. drizzle-kit
# would generate a new migration: the agent's SQLite and the backoffice's PostgreSQL.
# Works on scratch copies so nothing is left behind.
set -euo pipefail
cd "$(dirname "$0")/.."
scratch=".tmp/migration-check"
trap 'rm -rf "$scratch"' EXIT

check() {
  local dialect=$1 schema=$2 folder=$3 generate=$4
  rm -rf "$scratch" && mkdir -p "$scratch"
  cp -r "$folder" "$scratch/migrations"
  cat > "$scratch/drizzle.config.ts" <<CFG
import { defineConfig } from "drizzle-kit";
export default defineConfig({ dialect: "$dialect", schema: "$schema", out: "./$scratch/migrations" });
CFG
  local output
  output=$(pnpm exec drizzle-kit generate --config "$scratch/drizzle.config.ts" 2>&1) || {
    echo "$output" >&2
    echo "check-migrations: drizzle-kit failed for $folder" >&2
    exit 1
  }
  if ! grep -q "No schema changes" <<<"$output" || ! diff -r "$folder" "$scratch/migrations" >/dev/null; then
    echo "$output" >&2
    echo "check-migrations: $schema has changes with no committed migration in $folder; run '$generate --name <what>'" >&2
    exit 1
  fi
}

check sqlite ./packages/db/src/schema/index.ts drizzle "pnpm db:generate"
check postgresql ./apps/backoffice/src/schema.ts apps/backoffice/drizzle "pnpm --filter @kiosk/backoffice exec drizzle-kit generate"
echo "check-migrations: schemas and migrations agree (agent SQLite, backoffice PostgreSQL)"
