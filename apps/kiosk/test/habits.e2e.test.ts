import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createKioskClient } from "@kiosk/client";
import { freePort, operatorToken, type TestAgent } from "@kiosk/agent/testing";
import { chromium, type Browser } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  chromiumPath,
  landscape,
  launchChromium,
  openKiosk,
  portrait,
  screenIs,
  startKioskAgent,
  type KioskPage,
} from "./browser";
import { paymentIdOn, walkToPayment } from "./steps";

let browser: Browser;
let env: TestAgent | undefined;
let kiosk: KioskPage | undefined;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser.close());
afterEach(async () => {
  await kiosk?.context.close();
  kiosk = undefined;
  await env?.stop();
  env = undefined;
});

const idleSettings = {
  kiosk: { idleWarningMs: 60_000, idleCountdownMs: 20_000 },
  payments: { dev: { manualMode: true } },
};

describe("a kiosk's habits", () => {
  it("asks «Вы ещё здесь?» after a minute without a touch, then cancels and starts over; a touch keeps the visit", async () => {
    env = await startKioskAgent(idleSettings);
    const context = await browser.newContext({ viewport: portrait });
    await context.clock.install();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    kiosk = { page, context, errors, shot: () => Promise.resolve() };
    await page.goto(env.url);
    await screenIs(page, "idle");
    await page.click('[data-screen="idle"]');
    await screenIs(page, "service");

    await context.clock.fastForward(61_000);
    await page.waitForSelector('[data-dialog="idle"]');
    expect(await page.textContent('[data-dialog="idle"] h2')).toBe("Вы ещё здесь?");
    await page.screenshot({ path: join(import.meta.dirname, "../test-results/screens/habits-idle-warning.png") });
    await page.click('[data-action="stay"]');
    await context.clock.fastForward(2_000);
    expect(await page.$('[data-dialog="idle"]')).toBeNull();
    await screenIs(page, "service");

    await context.clock.fastForward(61_000);
    await page.waitForSelector('[data-dialog="idle"]');
    await context.clock.fastForward(21_000);
    await screenIs(page, "idle");
    expect(errors).toEqual([]);
  });

  it("never resets while a payment is pending", async () => {
    env = await startKioskAgent(idleSettings);
    const context = await browser.newContext({ viewport: portrait });
    await context.clock.install();
    const page = await context.newPage();
    kiosk = { page, context, errors: [], shot: () => Promise.resolve() };
    await page.goto(env.url);
    await walkToPayment(kiosk, "diagnostics", { phoneDigits: "9161234567" });
    await context.clock.fastForward(5 * 60_000);
    await context.clock.fastForward(5 * 60_000);
    expect(await page.$('[data-dialog="idle"]')).toBeNull();
    await screenIs(page, "payment");
    const payment = await createKioskClient({ url: env.url }).payments.get.query({ id: await paymentIdOn(page) });
    expect(payment.status).toBe("pending");
  });

  it("resumes a visit on the payment screen after a reload and after a browser restart; the payment still counts", async () => {
    env = await startKioskAgent(idleSettings);
    const profile = mkdtempSync(join(tmpdir(), "kiosk-chromium-"));
    const launch = () =>
      chromium.launchPersistentContext(profile, {
        executablePath: chromiumPath,
        viewport: portrait,
        args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
      });
    let context = await launch();
    try {
      let page = context.pages()[0] ?? (await context.newPage());
      const errors: string[] = [];
      page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
      await page.goto(env.url);
      await walkToPayment({ page, context, errors, shot: () => Promise.resolve() }, "thickness");
      const paymentId = await paymentIdOn(page);
      const qr = await page.getAttribute("svg.qr", "data-qr");

      await page.reload();
      await screenIs(page, "payment");
      await page.waitForSelector("svg.qr");
      expect(await page.getAttribute("svg.qr", "data-qr")).toBe(qr);
      expect(await paymentIdOn(page)).toBe(paymentId);

      await context.close(); // Chromium goes away mid-payment, and comes back
      context = await launch();
      page = context.pages()[0] ?? (await context.newPage());
      await page.goto(env.url);
      await screenIs(page, "payment");
      await createKioskClient({ url: env.url, token: operatorToken }).payments.confirm.mutate({ id: paymentId });
      await screenIs(page, "scan");
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });

  it("shows «Терминал временно недоступен» while the agent is stopped, and carries on when it is back", async () => {
    const port = await freePort();
    env = await startKioskAgent(idleSettings, { port });
    kiosk = await openKiosk(browser, env.url, "habits");
    const { page } = kiosk;
    await walkToPayment(kiosk, "diagnostics", { email: "petr" });
    const paymentId = await paymentIdOn(page);
    const storage = env.storage;
    await env.halt();
    await screenIs(page, "unavailable", 20_000);
    expect(await page.textContent("h1")).toBe("Терминал временно недоступен");
    await kiosk.shot("unavailable");

    env = await startKioskAgent(idleSettings, { port, storage });
    await screenIs(page, "payment", 20_000);
    await createKioskClient({ url: env.url, token: operatorToken }).payments.confirm.mutate({ id: paymentId });
    await screenIs(page, "scan");
    // The resumed visit goes on to the agent's scan of the car and the report made from it.
    await screenIs(page, "report");
    // Only the browser's own notes about refused connections while the agent was down.
    expect(kiosk.errors.filter((e) => !e.includes("ERR_CONNECTION_REFUSED"))).toEqual([]);
  });

  it("fits a landscape screen too, every button at least 64 px tall", async () => {
    env = await startKioskAgent(idleSettings);
    kiosk = await openKiosk(browser, env.url, "landscape", landscape);
    await walkToPayment(kiosk, "thickness");
    await kiosk.shot("payment");
    const heights = await kiosk.page.$$eval("button", (buttons) =>
      buttons.map((b) => b.getBoundingClientRect().height),
    );
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(64);
    const qr = await kiosk.page.$eval("svg.qr", (svg) => svg.getBoundingClientRect());
    expect(qr.bottom).toBeLessThanOrEqual(landscape.height);
  });
});
