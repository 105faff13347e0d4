import { createKioskClient, type KioskClient } from "@kiosk/client";
import { eventually, yookassaAgentEnv, type TestAgent } from "@kiosk/agent/testing";
import { profiles, serveSimulator, type ServedSimulator } from "@kiosk/devices/simulator";
import { FakeYooKassa } from "@kiosk/payments/testing";
import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, openKiosk, savedVisit, screenIs, startKioskAgent, type KioskPage } from "./browser";
import {
  can11Reading,
  codesOf,
  recordedScanSteps,
  recordScanSteps,
  shownCodes,
  type ScanReportData,
} from "./scan-report";
import { bankPays as payByBank, walkToContact, walkToPayment, yookassaNetwork } from "./steps";

let browser: Browser;
let fake: FakeYooKassa;
let device: ServedSimulator | undefined;
let env: TestAgent | undefined;
let kiosk: KioskPage | undefined;
beforeAll(async () => {
  browser = await launchChromium();
  fake = await new FakeYooKassa().start();
});
afterAll(async () => {
  await browser.close();
  await fake.stop();
});
afterEach(async () => {
  await kiosk?.context.close();
  kiosk = undefined;
  await env?.stop();
  env = undefined;
  await device?.close();
  device = undefined;
});

/**
 * A PROD agent whose OBD-II adapter is the real ELM327 driver on a pseudo-terminal,
 * the simulator on its far side (slowed by `obdMs` per car answer, so a scan is seen
 * going), paid through the fake YooKassa. The screen re-reads the catalog on its default
 * heartbeat (kiosk.heartbeatMs, 5 s), as a kiosk in the field does.
 */
async function startProdKiosk(profile: typeof profiles.can11, prefix: string, obdMs?: number) {
  device = await serveSimulator({ profile, ...(obdMs ? { timing: { obdMs } } : {}) });
  env = await startKioskAgent(
    {},
    {
      env: {
        ...yookassaAgentEnv(fake, yookassaNetwork),
        OBD_DRIVER: "elm327",
        OBD_PORT: device.driverPath,
        OBD_BAUD_RATE: "38400",
      },
    },
  );
  kiosk = await openKiosk(browser, env.url, prefix);
  return { device, env, kiosk, api: createKioskClient({ url: env.url }) };
}

const bankPays = (page: Page, agent: TestAgent) => payByBank(fake, page, agent);

const scanStatus = (page: Page) => page.locator(".scan-status");

async function expectSessionStillPaid(api: KioskClient, page: Page, paymentId: string) {
  const { sessionId } = (await savedVisit(page)) as { sessionId: string };
  expect((await api.sessions.get.query({ id: sessionId })).status).toBe("active");
  expect((await api.payments.get.query({ id: paymentId })).status).toBe("confirmed");
}

describe("diagnostics in PROD config: the agent's ELM327 driver on a PTY, in a real Chromium", () => {
  it("asks for the ignition, reads the car after «Повторить», and shows the report the agent made from the scan", async () => {
    const { page } = (await startProdKiosk(profiles.noIgnition, "prod-diagnostics", 400)).kiosk;
    const agent = env as TestAgent;
    const api = createKioskClient({ url: agent.url });
    await walkToPayment(kiosk as KioskPage, "diagnostics", { email: "oleg" });
    const paymentId = await bankPays(page, agent);

    await screenIs(page, "scan");
    await page.waitForSelector('[data-scan-state="failed"][data-scan-error="IGNITION_OFF"]', { timeout: 20_000 });
    expect(await page.textContent("h1")).toBe("Зажигание выключено");
    expect(await scanStatus(page).textContent()).toContain("Включите зажигание и нажмите «Повторить»");
    await kiosk?.shot("ignition-off");
    await expectSessionStillPaid(api, page, paymentId);

    device?.simulator.setIgnition(true);
    await recordScanSteps(page);
    await page.click('[data-action="retry-scan"]');
    await page.waitForSelector('[data-scan-state="reading"]');
    await kiosk?.shot("scan-progress");

    await screenIs(page, "report", 20_000);
    await page.waitForSelector('[data-summary="diagnostics"]');
    await kiosk?.shot("report");
    // Each step the agent reported, in the customer's words (the protocol line stays under the readings).
    const steps = await recordedScanSteps(page);
    expect(steps.slice(0, 2)).toEqual(["Ждём адаптер…", "Подключаемся к автомобилю…"]);
    expect(steps).toContain("Протокол: ISO 15765-4 CAN (11 bit, 500 kbaud), блоков: 2");
    expect(steps.filter((step) => step.startsWith("Читаем"))).toEqual([
      "Читаем состояние лампы «Check Engine» (1 из 5)",
      "Читаем сохранённые коды (2 из 5)",
      "Читаем ожидающие коды (3 из 5)",
      "Читаем постоянные коды (4 из 5)",
      "Читаем VIN (5 из 5)",
    ]);
    const { reportId } = (await savedVisit(page)) as { reportId: string };
    const report = await api.reports.get.query({ id: reportId });
    const data = report.data as unknown as ScanReportData;
    expect({ vin: data.vin, mil: data.mil, ecus: data.ecus.map(codesOf) }).toEqual(can11Reading);
    expect(await shownCodes(page)).toEqual(can11Reading.ecus);
    expect(await page.getAttribute("[data-dtc-count]", "data-dtc-count")).toBe("10"); // P0420 stored and permanent: one fault
    expect(device?.simulator.stats.clearRequests).toBe(0);

    await page.click('[data-action="finish"]');
    await screenIs(page, "done");
    expect(kiosk?.errors).toEqual([]);
  }, 90_000);

  it("shows diagnostics unavailable within 15 s of the adapter being unplugged, and available again once it is back", async () => {
    const { page } = (await startProdKiosk(profiles.can11, "prod-unplugged")).kiosk;
    await screenIs(page, "idle");
    await page.click('[data-screen="idle"]');
    await screenIs(page, "service");
    const diagnostics = page.locator('[data-service="diagnostics"]');
    expect(await diagnostics.getAttribute("data-available")).toBe("true");

    await device?.unplug();
    const unplugged = performance.now();
    await page.waitForSelector('[data-service="diagnostics"][data-available="false"]', { timeout: 15_000 });
    console.log(
      `kiosk: diagnostics shown unavailable ${(performance.now() - unplugged).toFixed(0)} ms after the unplug`,
    );
    expect(await diagnostics.isDisabled()).toBe(true);
    expect(await diagnostics.locator(".card-unavailable-reason").textContent()).toBe("Диагностика временно недоступна");
    expect(await page.getAttribute('[data-service="thickness"]', "data-available")).toBe("true");
    await kiosk?.shot("unavailable-service");
    await diagnostics.click({ force: true }); // a finger on the greyed card
    await screenIs(page, "service");

    await device?.replug();
    await page.waitForSelector('[data-service="diagnostics"][data-available="true"]', { timeout: 15_000 });
    expect(kiosk?.errors).toEqual([]);
  }, 90_000);

  it("takes no payment when the adapter goes away between the choice and the payment, and says why", async () => {
    const { api } = await startProdKiosk(profiles.can11, "prod-not-ready");
    const { page } = kiosk as KioskPage;
    await walkToContact(kiosk as KioskPage, "diagnostics", { email: "vera" });
    await device?.unplug();
    await eventually(
      () => api.catalog.get.query(),
      (catalog) => !catalog.services.diagnostics.available,
      15_000,
    );
    const before = fake.payments.size;
    await page.click('[data-action="to-payment"]');
    await screenIs(page, "payment");
    await page.waitForSelector(".problem");
    expect(await page.textContent(".problem p")).toBe(
      "Услуга сейчас недоступна: прибор не отвечает. Нажмите «Отменить», чтобы выбрать другую услугу, или позовите оператора.",
    );
    expect(fake.payments.size).toBe(before);
    await kiosk?.shot("device-not-ready");
    // The refused intent answered 409: the browser's own note about it is the only console error.
    expect(kiosk?.errors.filter((e) => !e.includes("409"))).toEqual([]);
  }, 90_000);

  it("asks for the operator when the adapter is unplugged mid-scan after payment; the session stays paid", async () => {
    const { page } = (await startProdKiosk(profiles.can11, "prod-mid-scan", 400)).kiosk;
    const agent = env as TestAgent;
    await walkToPayment(kiosk as KioskPage, "diagnostics", { phoneDigits: "9161234567" });
    const paymentId = await bankPays(page, agent);
    await page.waitForSelector('[data-scan-state="reading"]', { timeout: 20_000 });

    await device?.unplug();
    await page.waitForSelector('[data-scan-state="failed"]', { timeout: 20_000 });
    expect(await scanStatus(page).getAttribute("data-scan-error")).toBe("UNPLUGGED");
    expect(await page.textContent("h1")).toBe("Нужна помощь оператора");
    expect(await scanStatus(page).textContent()).toContain(
      "Адаптер не отвечает. Пожалуйста, позовите оператора; оплата сохранена.",
    );
    await kiosk?.shot("scan-operator");
    await expectSessionStillPaid(createKioskClient({ url: agent.url }), page, paymentId);
    expect(kiosk?.errors).toEqual([]);
  }, 90_000);
});
