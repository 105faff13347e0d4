import { readdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFleet, type TestFleet } from "./fleet";
import { builtConsole } from "./paths";

/**
 * The backoffice serves the built console at `/` and at each page's address,
 * with its security headers; its hashed assets are cached for a year, the
 * page never; every path of its own keeps its own handler.
 */
let fleet: TestFleet;
beforeAll(async () => {
  fleet = await startFleet();
});
afterAll(() => fleet.stop());

const pageAddresses = [
  "/",
  "/payments",
  "/payments/kiosk-1/pay_x",
  "/refunds",
  "/deliveries",
  "/audit",
  "/accounts",
  "/kiosks",
  "/account",
];

describe("the console at the backoffice's /", () => {
  it.each(pageAddresses)("GET %s is the console's index.html, not cached, with the CSP", async (path) => {
    const answer = await fetch(`${fleet.url}${path}`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(answer.headers.get("cache-control")).toBe("no-cache");
    const csp = answer.headers.get("content-security-policy") ?? "";
    expect(csp.split("; ")).toEqual(expect.arrayContaining(["script-src 'self'", "frame-ancestors 'none'"]));
    expect(answer.headers.get("x-content-type-options")).toBe("nosniff");
    expect(answer.headers.get("referrer-policy")).toBe("same-origin");
    expect(await answer.text()).toContain('<div id="root"></div>');
  });

  it("serves each hashed asset for a year", async () => {
    const assets = readdirSync(join(builtConsole, "assets"));
    expect(assets.some((name) => name.endsWith(".js"))).toBe(true);
    for (const name of assets) {
      const answer = await fetch(`${fleet.url}/assets/${name}`);
      expect(answer.status).toBe(200);
      expect(answer.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
      expect(answer.headers.get("content-security-policy")).toContain("script-src 'self'");
    }
  });

  it("leaves the backoffice's own paths to their handlers, and an unknown one 404", async () => {
    expect(await (await fetch(`${fleet.url}/healthz`)).json()).toEqual({ status: "ok" });
    expect((await fetch(`${fleet.url}/readyz`)).status).toBe(200);
    expect((await fetch(`${fleet.url}/metrics`)).headers.get("content-type")).toMatch(/^text\/plain/);
    expect((await fetch(`${fleet.url}/trpc/health`)).status).toBe(200);
    expect((await fetch(`${fleet.url}/r/AAAAAAAAAAAAAAAAAAAAAA`)).status).toBe(404);
    for (const path of ["/nothing-here", "/payments/only-kiosk", "/assets/../package.json", "/assets/none.js"]) {
      const answer = await fetch(`${fleet.url}${path}`);
      expect(answer.status, path).toBe(404);
      expect(answer.headers.get("content-type"), path).toMatch(/^application\/json/);
    }
    expect((await fetch(`${fleet.url}/`, { method: "POST" })).status).toBe(404);
  });
});
