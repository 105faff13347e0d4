import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

/** `pnpm dev:console` proxies the backoffice's paths to a running backoffice (CONSOLE_BACKOFFICE_URL, default :7080). */
const backoffice = process.env.CONSOLE_BACKOFFICE_URL ?? "http://127.0.0.1:7080";
const backofficePaths = ["/trpc", "/api", "/r/", "/metrics", "/healthz", "/readyz"];

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    sourcemap: false,
    reportCompressedSize: false,
  },
  server: {
    host: "127.0.0.1",
    port: 5174,
    proxy: Object.fromEntries(backofficePaths.map((path) => [path, { target: backoffice, changeOrigin: false }])),
  },
  test: {
    include: ["test/**/*.test.ts", "src/**/*.test.ts"],
    globalSetup: ["test/global-setup.ts"],
    // One Chromium at a time: two cores share the browser, PostgreSQL, the backoffice and the agents.
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 90_000,
  },
});
