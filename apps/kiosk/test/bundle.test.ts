import { readdirSync, readFileSync } from "node:fs";
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
 * isomorphic core, observables and the SSE reader: that is by tRPC's design.) The
 * car diagram and the zones it draws are @kiosk/core's pure modules, shared with the
 * PDF: those two files, and nothing else of the package, may come along.
 */
const serverCode = [
  /node_modules\/\.pnpm\/better-sqlite3/,
  /node_modules\/\.pnpm\/drizzle-orm/,
  /node_modules\/\.pnpm\/pdfkit/,
  /node_modules\/\.pnpm\/nodemailer/,
  /\/packages\/(api|db|sessions|payments|reporting|metrics|trpc-node|devices)\//,
  /\/packages\/core\/(?!src\/(car-diagram|thickness-zones)\.ts$)/,
  /\/apps\/agent\//,
  // The page's own device simulations (the OBD-II code table, the gauge) are gone: the devices are the agent's.
  /\/apps\/kiosk\/src\/devices\//,
];

/**
 * Device code by what it says rather than where it came from: a trouble code, the
 * adapter's AT dialect or its name, a DTC table. The page shows the codes the agent
 * reports; it must not know any of its own.
 */
const deviceCode: Array<[string, RegExp]> = [
  ["a trouble code", /\b[PCBU][0-3][0-9A-F]{3}\b/],
  ["the adapter's name", /ELM327/i],
  ["an AT command", /\bAT ?(Z|E0|L0|S0|H1|SP0|DPN|RV)\b/],
  ["a DTC table", /dtcTable|dtc-table|DTC_CODE/],
];

const assets = join(builtKiosk, "assets");
const bundleText = readdirSync(assets)
  .filter((name) => name.endsWith(".js"))
  .map((name) => readFileSync(join(assets, name), "utf8"))
  .join("\n");

const deviceCodeIn = (text: string) => deviceCode.filter(([, pattern]) => pattern.test(text)).map(([what]) => what);

describe("the kiosk bundle", () => {
  it("holds no server code: only the client package of ours, and browser libraries", () => {
    expect(report.modules.filter((id) => serverCode.some((pattern) => pattern.test(id)))).toEqual([]);
    expect(report.modules.some((id) => id.includes("/packages/client/src/index.ts"))).toBe(true);
    const core = report.modules.filter((id) => id.includes("/packages/core/"));
    expect(core.map((id) => id.replace(/.*\/packages\//, "")).sort()).toEqual([
      "core/src/car-diagram.ts",
      "core/src/thickness-zones.ts",
    ]);
  });

  it("holds no OBD-II device code: no trouble code, no adapter dialect, no DTC table", () => {
    expect(bundleText).toContain("Выберите услугу"); // the text read is the kiosk's own bundle
    expect(deviceCodeIn(bundleText)).toEqual([]);
    expect(bundleText).not.toContain("P0420");
  });

  it("keeps the first screen's JavaScript within 200 KiB gzipped", () => {
    console.log(`kiosk: first-screen JS ${(report.firstScreenGzipBytes / 1024).toFixed(1)} KiB gzipped`);
    expect(report.firstScreenGzipBytes).toBeLessThanOrEqual(firstScreenBudgetBytes);
  });

  it("would notice server code if it got in (the check can fail)", () => {
    const leaked = [
      "/work/main/node_modules/.pnpm/drizzle-orm@0.45.4/node_modules/drizzle-orm/index.js",
      "/x/packages/db/src/index.ts",
      "/x/packages/devices/src/simulator/index.ts",
      "/x/packages/core/src/index.ts",
      "/x/packages/core/src/config/parse.ts",
      "/x/apps/kiosk/src/devices/simulated.ts",
    ];
    expect(leaked.filter((id) => serverCode.some((pattern) => pattern.test(id)))).toEqual(leaked);
    const pure = ["/x/packages/core/src/car-diagram.ts", "/x/packages/core/src/thickness-zones.ts"];
    expect(pure.filter((id) => serverCode.some((pattern) => pattern.test(id)))).toEqual([]);
    expect(deviceCodeIn('const dtcTable=[{code:"P0420"}];send("ATSP0");"ELM327 v1.5"')).toEqual(
      deviceCode.map(([what]) => what),
    );
  });
});
