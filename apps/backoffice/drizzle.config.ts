import { defineConfig } from "drizzle-kit";

/** The backoffice's own migrations, for PostgreSQL: `pnpm --filter @kiosk/backoffice exec drizzle-kit generate`. */
export default defineConfig({
  dialect: "postgresql",
  schema: "./src/schema.ts",
  out: "./drizzle",
});
