import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";
import { bundleReport } from "./bundle-report.ts";

/** `pnpm dev:kiosk` proxies the agent's paths to a running agent (KIOSK_AGENT_URL, default :7070). */
const agent = process.env.KIOSK_AGENT_URL ?? "http://127.0.0.1:7070";
const agentPaths = ["/trpc", "/api", "/metrics", "/healthz", "/readyz", "/openapi.json"];

export default defineConfig({
  plugins: [react(), bundleReport()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    sourcemap: false,
    // bundle-report.json is written there after the assets.
    reportCompressedSize: false,
  },
  server: {
    host: "127.0.0.1",
    port: 5173,
    proxy: Object.fromEntries(agentPaths.map((path) => [path, { target: agent, changeOrigin: false }])),
  },
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    globalSetup: ["test/global-setup.ts"],
    // One Chromium at a time: two cores share the browser, the agent and the build.
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 60_000,
  },
});
