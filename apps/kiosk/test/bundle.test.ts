import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { firstScreenBudgetBytes } from "../bundle-report";
import { builtKiosk } from "./paths";

interface BundleReport {
  firstScreenGzipBytes: number;
  modules: string[];
}

const report = JSON.parse(readFileSync(join(builtKiosk, "bundle-report.json"), "utf8")) as BundleReport;

/**
 * What must never reach a browser: the native SQLite binding, the ORM, PDF and mail
 * code, every server package of ours. (@trpc/client brings @trpc/server's shared,
 * isomorphic core, observables and the SSE reader: that is by tRPC's design.)
 */
const serverCode = [
  /node_modules\/\.pnpm\/better-sqlite3/,
  /node_modules\/\.pnpm\/drizzle-orm/,
  /node_modules\/\.pnpm\/pdfkit/,
  /node_modules\/\.pnpm\/nodemailer/,
  /\/packages\/(api|core|db|sessions|payments|reporting|metrics|trpc-node)\//,
  /\/apps\/agent\//,
];

describe("the kiosk bundle", () => {
  it("holds no server code: only the client package of ours, and browser libraries", () => {
    expect(report.modules.filter((id) => serverCode.some((pattern) => pattern.test(id)))).toEqual([]);
    expect(report.modules.some((id) => id.includes("/packages/client/src/index.ts"))).toBe(true);
  });

  it("keeps the first screen's JavaScript within 200 KiB gzipped", () => {
    console.log(`kiosk: first-screen JS ${(report.firstScreenGzipBytes / 1024).toFixed(1)} KiB gzipped`);
    expect(report.firstScreenGzipBytes).toBeLessThanOrEqual(firstScreenBudgetBytes);
  });

  it("would notice server code if it got in (the check can fail)", () => {
    const leaked = [
      "/work/main/node_modules/.pnpm/drizzle-orm@0.45.4/node_modules/drizzle-orm/index.js",
      "/x/packages/db/src/index.ts",
    ];
    expect(leaked.filter((id) => serverCode.some((pattern) => pattern.test(id)))).toEqual(leaked);
  });
});
