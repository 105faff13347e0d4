import { rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "vite";
import { builtKiosk } from "./paths";

/** The browser tests drive the kiosk as production builds it: one build for the whole run. */
export default async function buildKioskOnce(): Promise<void> {
  rmSync(builtKiosk, { recursive: true, force: true });
  // Vitest runs with NODE_ENV=test, which would give React's development build: test what ships.
  const testEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = "production";
  try {
    await build({
      root: fileURLToPath(new URL("..", import.meta.url)),
      mode: "production",
      logLevel: "warn",
      build: { outDir: builtKiosk, emptyOutDir: true },
    });
  } finally {
    process.env.NODE_ENV = testEnv;
  }
}
