import { rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "vite";
import { builtConsole } from "./paths";

/** The browser tests drive the console as production builds it: one build for the whole run. */
export default async function buildConsoleOnce(): Promise<void> {
  rmSync(builtConsole, { recursive: true, force: true });
  // Vitest runs with NODE_ENV=test, which would give React's development build: test what ships.
  const testEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = "production";
  try {
    await build({
      root: fileURLToPath(new URL("..", import.meta.url)),
      mode: "production",
      logLevel: "warn",
      build: { outDir: builtConsole, emptyOutDir: true },
    });
  } finally {
    process.env.NODE_ENV = testEnv;
  }
}
