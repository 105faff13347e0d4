import { rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "vite";
import { builtKiosk } from "./paths";

/**
 * The app at `root` built as production builds it, into `outDir`: the browser
 * tests drive what ships (the console's tests build it this way too).
 */
export async function buildAsShipped(root: URL, outDir: string): Promise<void> {
  rmSync(outDir, { recursive: true, force: true });
  // Vitest runs with NODE_ENV=test, which would give React's development build: test what ships.
  const testEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = "production";
  try {
    await build({
      root: fileURLToPath(root),
      mode: "production",
      logLevel: "warn",
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    process.env.NODE_ENV = testEnv;
  }
}

/** The browser tests drive the kiosk as production builds it: one build for the whole run. */
export default function buildKioskOnce(): Promise<void> {
  return buildAsShipped(new URL("..", import.meta.url), builtKiosk);
}
