import { existsSync, readdirSync } from "node:fs";
import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOperator } from "../../backoffice/test/operators";
import { createStaticFiles } from "../../../packages/node-http/src/static-files";
import { launchChromium, openConsole, pageIs, signIn, type ConsolePage } from "./browser";
import { startFleet, type TestFleet } from "./fleet";
import { builtConsole } from "./paths";

/**
 * The backoffice serves the built console at `/` and at each page's address,
 * with its security headers; its hashed assets are cached for a year, the
 * page never; every path of its own keeps its own handler.
 */
let fleet: TestFleet;
let browser: Browser;
const opened: ConsolePage[] = [];
const admin = { email: "admin@example.ru", password: "лошадь батарея скрепка" };
beforeAll(async () => {
  fleet = await startFleet();
  browser = await launchChromium();
  await createOperator(fleet.databaseUrl, { ...admin, role: "admin" });
});
afterAll(async () => {
  await browser?.close();
  await fleet?.stop();
});

/**
 * GET `path` exactly as written: `fetch` (WHATWG URL) would resolve `..` and
 * `%2e%2e` before sending, and a traversal test would then never send one.
 */
function rawGet(base: string, path: string): Promise<{ status: number; contentType: string; body: string }> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const sent = request({ host: hostname, port, path, method: "GET" }, (answer) => {
      const chunks: Buffer[] = [];
      answer.on("data", (chunk: Buffer) => chunks.push(chunk));
      answer.on("end", () =>
        resolve({
          status: answer.statusCode ?? 0,
          contentType: String(answer.headers["content-type"] ?? ""),
          body: Buffer.concat(chunks).toString("utf8"),
        }),
      );
      answer.on("error", reject);
    });
    sent.on("error", reject);
    sent.end();
  });
}

/**
 * Ways out of the build's directory (apps/console/test-results/dist) to a file
 * that is there: apps/console/package.json, three levels up from /assets/.
 */
const outside = join(builtConsole, "..", "..", "package.json");
const traversals = [
  "/assets/../package.json",
  "/assets/../../../package.json",
  "/assets/..%2f..%2f..%2fpackage.json",
  "/assets/%2e%2e/%2e%2e/%2e%2e/package.json",
  "/assets/.%2e/.%2e/.%2e/package.json",
  "/assets/..%5c..%5c..%5cpackage.json",
];
/** What apps/console/package.json says, and no answer may. */
const outsideContent = '"name": "@kiosk/console"';

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
    for (const path of ["/nothing-here", "/payments/only-kiosk", "/assets/none.js"]) {
      const answer = await fetch(`${fleet.url}${path}`);
      expect(answer.status, path).toBe(404);
      expect(answer.headers.get("content-type"), path).toMatch(/^application\/json/);
    }
    expect((await fetch(`${fleet.url}/`, { method: "POST" })).status).toBe(404);
  });

  it.each(traversals)("never answers a file outside the build for the raw path %s", async (path) => {
    expect(existsSync(outside)).toBe(true);
    const answer = await rawGet(fleet.url, path);
    expect(answer.status).toBe(404);
    expect(answer.contentType).toMatch(/^application\/json/);
    expect(answer.body).not.toContain(outsideContent);
  });
});

describe("the static files' own containment", () => {
  /**
   * The backoffice's URL parsing already resolves `..` before the static files
   * see a path: here they get the raw path, percent-decoded (what a careless
   * caller might pass), so only their own check stands between it and the disk.
   */
  let server: Server;
  let url: string;
  beforeAll(async () => {
    const serve = createStaticFiles(builtConsole);
    server = createServer((req, res) => {
      void serve(req, res, decodeURIComponent(req.url ?? "/")).then((served) => {
        if (served) return;
        res.writeHead(404, { "content-type": "text/plain" });
        res.end("not here");
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("serves what is inside the build", async () => {
    const asset = readdirSync(join(builtConsole, "assets")).find((name) => name.endsWith(".js"));
    expect((await rawGet(url, `/assets/${asset}`)).status).toBe(200);
    expect((await rawGet(url, "/assets/../index.html")).body).toContain('<div id="root"></div>');
  });

  it.each(traversals)("refuses the raw path %s", async (path) => {
    const answer = await rawGet(url, path);
    expect(answer.status).toBe(404);
    expect(answer.body).not.toContain(outsideContent);
  });
});

describe("an address the console cannot decode", () => {
  it("shows the nearest page it can, not a blank page", async () => {
    const consolePage = await openConsole(browser, fleet.url);
    opened.push(consolePage);
    const { page } = consolePage;
    await signIn(page, admin.email, admin.password);
    // A payment's address with a broken percent-encoding: the payments list.
    await page.goto(`${fleet.url}/payments/%E0%A4%A/x`);
    await pageIs(page, "payments");
    // Within the console (a link, back and forward) too, without a reload; any other
    // broken address is the overview, as one the console does not know.
    const go = (path: string) =>
      page.evaluate((href) => {
        window.history.pushState(null, "", href);
        window.dispatchEvent(new PopStateEvent("popstate"));
      }, path);
    await go("/%E0%A4%A");
    await pageIs(page, "overview");
    await go("/payments/kiosk-1/%E0%A4%A");
    await pageIs(page, "payments");
    expect(await page.locator(".menu-item").count()).toBeGreaterThan(0);
  });

  it("shows the login form to nobody at that address", async () => {
    const consolePage = await openConsole(browser, `${fleet.url}/payments/%E0%A4%A/x`);
    opened.push(consolePage);
    await pageIs(consolePage.page, "login");
    expect(consolePage.refusals).toEqual(["401 /trpc/auth.me"]);
  });
});

afterAll(() => {
  // No page threw or logged an error at those addresses (the boundary would have logged one).
  expect(opened.flatMap((page) => page.errors)).toEqual([]);
});
