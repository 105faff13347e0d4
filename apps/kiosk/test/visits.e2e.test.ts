import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createKioskClient } from "@kiosk/client";
import { operatorToken, type TestAgent } from "@kiosk/agent/testing";
import type { Browser } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, openKiosk, savedVisit, screenIs, type KioskPage } from "./browser";
import { diagramVerdicts, docsShot, measuredAtLeast, recordShown, shown } from "./measure";
import { can11Reading, codesOf, shownCodes, type ScanReportData } from "./scan-report";
import { paymentIdOn, walkToPayment } from "./steps";

let browser: Browser;
let env: TestAgent;
let kiosk: KioskPage | undefined;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});
afterEach(async () => {
  await kiosk?.context.close();
  kiosk = undefined;
  await env.stop();
});

/** The .eml files the DEV email channel wrote, and whether each carries the PDF. */
function emails(): string[] {
  const outbox = join(env.storage, "outbox");
  return readdirSync(outbox)
    .filter((name) => name.endsWith(".eml"))
    .map((name) => readFileSync(join(outbox, name), "utf8"));
}

describe("a customer's whole visit in a real Chromium", () => {
  it("measures paint thickness: QR, paid by the emulator, the guided measurement, the gauge back, the report coloured by the server, .eml with the PDF", async () => {
    // Slow enough for the screenshots: the emulator pays after 3 s, the gauge reads every 100 ms.
    env = await startKioskAgentDev(
      { payments: { dev: { autoConfirmDelayMs: 3_000 } } },
      { GAUGE_SIMULATOR_INTERVAL_MS: "100" },
    );
    kiosk = await openKiosk(browser, env.url, "thickness");
    const { page } = kiosk;
    await walkToPayment(kiosk, "thickness", { email: "ivan", phoneDigits: "9001234567" }, true);
    expect(await page.textContent(".pay-amount")).toBe("350\u00a0₽"); // the catalog's sedan price
    await kiosk.shot("payment");

    await screenIs(page, "scan", 10_000); // the emulator confirmed by itself
    await measuredAtLeast(page, 12);
    await kiosk.shot("scan");
    await page.waitForSelector('[data-measured="45"]', { timeout: 20_000 });
    await page.click('[data-action="finish-measurement"]');
    await screenIs(page, "report");
    await page.waitForSelector('[data-delivery="email"][data-status="sent"]');
    await page.waitForSelector('[data-delivery="sms"][data-status="sent"]');
    await page.waitForSelector('[data-summary="thickness"] [data-diagram="sedan"]');
    await kiosk.shot("report");
    await docsShot(page, "kiosk-report");

    // Every zone's colour is the verdict the agent computed, not one the page made up.
    const visit = await page.evaluate(
      () => JSON.parse(localStorage.getItem("kiosk.visit") ?? "{}") as { reportId: string },
    );
    const report = await createKioskClient({ url: env.url }).reports.get.query({ id: visit.reportId });
    const zones = (report.data as { zones: Array<{ zone: string; verdict: string }> }).zones;
    expect(zones).toHaveLength(45);
    expect(await diagramVerdicts(page, '[data-summary="thickness"]')).toEqual(
      Object.fromEntries(zones.map((z) => [z.zone, z.verdict])),
    );

    await page.click('[data-action="finish"]');
    await screenIs(page, "done");
    // The recipients arrive with the report's own query, a moment after the screen.
    await page.waitForSelector('.lead:has-text("на почту")');
    expect(await page.textContent(".lead")).toBe("Отчёт отправлен на почту i***n@mail.ru и SMS на +7900***4567");
    await kiosk.shot("done");
    const [eml] = emails();
    expect(eml).toContain("To: ivan@mail.ru");
    expect(eml).toMatch(/Content-Type: application\/pdf; name=otchet-tolshchina-lkp-\d{4}-\d{2}-\d{2}\.pdf/);
    expect((await createKioskClient({ url: env.url }).sessions.get.query({ id: report.sessionId })).status).toBe(
      "completed",
    );

    await screenIs(page, "idle", 10_000); // back to the attract screen by itself (kiosk.doneTimeoutMs)
    expect(kiosk.errors).toEqual([]);
  }, 90_000);

  it("runs OBD-II diagnostics for a Toyota Camry on the agent's adapter and shows the report the agent made from the scan", async () => {
    // DEV: the agent's OBD driver is the in-process simulator, profile can11 (two ECUs, 9 stored codes, MIL on).
    env = await startKioskAgentDev({ payments: { dev: { manualMode: true } } });
    kiosk = await openKiosk(browser, env.url, "diagnostics");
    const { page } = kiosk;
    await walkToPayment(kiosk, "diagnostics", { email: "anna" }, true);
    expect(await page.textContent(".pay-amount")).toBe("480\u00a0₽");

    const operator = createKioskClient({ url: env.url, token: operatorToken });
    const paymentId = await paymentIdOn(page);
    await recordShown(page);
    const started = performance.now();
    await operator.payments.confirm.mutate({ id: paymentId });
    await screenIs(page, "scan");
    const screenChangedMs = performance.now() - started;
    console.log(`kiosk: confirmed payment to the scan screen in ${screenChangedMs.toFixed(0)} ms`);
    expect(screenChangedMs).toBeLessThan(5_000);

    await screenIs(page, "report");
    // The adapter came out of its cell for the scan and went back before the report showed.
    const seen = await shown(page);
    expect(seen.handouts).toEqual([
      "Возьмите адаптер из ячейки\u00a02",
      "Верните адаптер в ячейку\u00a02 и закройте дверцу",
    ]);
    expect(seen.screens).toEqual(["payment", "scan", "return", "report"]);
    expect(seen.lockerStates.slice(0, 3)).toEqual(["opening", "out", "returning"]);
    await page.waitForSelector('[data-delivery="email"][data-status="sent"]');
    expect(await page.textContent(".summary-vehicle")).toBe("Toyota Camry");
    await kiosk.shot("report");

    // The report is the agent's, made from its own scan of the car: the page sent no codes.
    const api = createKioskClient({ url: env.url });
    const visit = (await savedVisit(page)) as { sessionId: string; reportId: string; scan: unknown };
    const scan = await api.devices.scan.get.query({ sessionId: visit.sessionId });
    expect(visit.scan).toEqual({ service: "diagnostics", scanId: scan.id, timestamp: scan.endedAt });
    const report = await api.reports.get.query({ id: visit.reportId });
    const data = report.data as unknown as ScanReportData;
    expect({ vin: data.vin, mil: data.mil, ecus: data.ecus.map(codesOf) }).toEqual(can11Reading);
    expect(await shownCodes(page)).toEqual(can11Reading.ecus);
    expect(await page.textContent('[data-fact="vin"]')).toBe("1HGCM82633A004352");
    expect(await page.textContent('[data-fact="mil"]')).toBe("горит");

    await page.click('[data-action="finish"]');
    await screenIs(page, "done");
    expect(emails()[0]).toContain("Content-Type: application/pdf; name=otchet-diagnostika-");
    expect(kiosk.errors).toEqual([]);
  }, 90_000);

  it("says a declined payment plainly, offers another try with a new QR code, and a cancel that really cancels", async () => {
    env = await startKioskAgentDev({ payments: { dev: { manualMode: true } } });
    kiosk = await openKiosk(browser, env.url, "declined");
    const { page } = kiosk;
    await walkToPayment(kiosk, "thickness");
    const operator = createKioskClient({ url: env.url, token: operatorToken });
    const first = await paymentIdOn(page);
    await operator.payments.emulatorControl.mutate({ id: first, outcome: "decline", delayMs: 0 });
    await page.waitForSelector('.problem:has-text("банк отклонил платёж")');
    await kiosk.shot("declined");

    await page.click('[data-action="retry"]');
    await page.waitForSelector("svg.qr");
    const second = await paymentIdOn(page, first);
    expect((await operator.payments.get.query({ id: first })).status).toBe("failed");

    await page.click('[data-action="cancel"]');
    await screenIs(page, "idle");
    expect((await operator.payments.get.query({ id: second })).status).toBe("cancelled");
    const session = (await operator.payments.get.query({ id: second })).sessionId;
    expect((await operator.sessions.get.query({ id: session })).status).toBe("cancelled");
    expect(kiosk.errors).toEqual([]);
  }, 90_000);
});

function startKioskAgentDev(file: Record<string, unknown>, agentEnv: Record<string, string> = {}) {
  return import("./browser").then(({ startKioskAgent }) => startKioskAgent(file, { env: agentEnv }));
}
