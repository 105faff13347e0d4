import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestAgent, type TestAgent } from "./harness";

let env: TestAgent;
let ui: string;
beforeAll(async () => {
  ui = mkdtempSync(join(tmpdir(), "kiosk-ui-"));
  mkdirSync(join(ui, "assets"));
  writeFileSync(join(ui, "index.html"), '<!doctype html><script type="module" src="/assets/index-abc123.js"></script>');
  writeFileSync(join(ui, "assets", "index-abc123.js"), "console.log('kiosk')");
  writeFileSync(join(ui, "assets", "index-abc123.css"), "body{}");
  writeFileSync(join(tmpdir(), "secret.txt"), "not for the web");
  env = await startTestAgent({}, { kiosk: { staticDir: ui } });
});
afterAll(async () => {
  await env.stop();
  rmSync(ui, { recursive: true, force: true });
});

describe("the kiosk UI served by the agent", () => {
  it("serves index.html at / with no cache, hashed assets with a year's cache and the right types", async () => {
    const page = await fetch(`${env.url}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(page.headers.get("cache-control")).toBe("no-cache");
    expect(await page.text()).toContain("/assets/index-abc123.js");

    const script = await fetch(`${env.url}/assets/index-abc123.js`);
    expect(script.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(script.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect((await fetch(`${env.url}/assets/index-abc123.css`)).headers.get("content-type")).toBe(
      "text/css; charset=utf-8",
    );

    const again = await fetch(`${env.url}/assets/index-abc123.js`, {
      headers: { "if-none-match": script.headers.get("etag") ?? "" },
    });
    expect(again.status).toBe(304);
  });

  it("keeps the API paths first and serves nothing outside its folder", async () => {
    expect(await (await fetch(`${env.url}/healthz`)).json()).toEqual({ status: "ok" });
    expect((await fetch(`${env.url}/api/sessions/ses_x`)).status).toBe(404);
    expect((await fetch(`${env.url}/openapi.json`)).headers.get("content-type")).toContain("application/json");
    expect((await fetch(`${env.url}/assets/nothing.js`)).status).toBe(404);
    expect((await fetch(`${env.url}/%2e%2e/secret.txt`)).status).toBe(404);
    expect((await fetch(`${env.url}/..%2fsecret.txt`)).status).toBe(404);
    expect((await fetch(`${env.url}/`, { method: "POST" })).status).toBe(404);
  });
});
