import { createKioskClient } from "@kiosk/client";
import { eventually, scrape, type TestAgent } from "@kiosk/agent/testing";
import type { Browser } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, openKiosk, savedVisit, screenIs, startKioskAgent, type KioskPage } from "./browser";
import {
  agentValues,
  auditRows,
  diagramValues,
  diagramVerdicts,
  measuredAtLeast,
  measuredOnScreen,
  operatorOf,
  recordShown,
  shown,
} from "./measure";
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

const manualPayments = { payments: { dev: { manualMode: true } } };
const jamText =
  "Ячейка не открылась. Оператор уже получил сигнал. Оплата сохранена: можно повторить или попросить оператора вернуть деньги.";

/** A DEV agent with the locker scenario and timings given, a kiosk on it, and the visit paid up to the measurement. */
async function paidThicknessVisit(prefix: string, agentEnv: Record<string, string> = {}) {
  env = await startKioskAgent(manualPayments, { env: agentEnv });
  kiosk = await openKiosk(browser, env.url, prefix);
  const { page } = kiosk;
  await walkToPayment(kiosk, "thickness", { email: "ivan" });
  const paymentId = await paymentIdOn(page);
  await recordShown(page);
  await operatorOf(env.url).payments.confirm.mutate({ id: paymentId });
  await screenIs(page, "scan");
  const { sessionId } = (await savedVisit(page)) as { sessionId: string };
  return { page, agent: env, paymentId, sessionId, api: createKioskClient({ url: env.url }) };
}

describe("the guided thickness measurement in a real Chromium, the DEV gauge and locker behind the agent", () => {
  it("hands out the gauge, fills the car zone by zone from its readings, measures a tapped zone again, takes the gauge back, and shows the report's diagram", async () => {
    const { page, agent, sessionId, api } = await paidThicknessVisit("measure", { GAUGE_SIMULATOR_INTERVAL_MS: "100" });
    await page.waitForSelector('[data-measurement-state="measuring"]');
    const taken = await shown(page);
    expect(taken.handouts).toEqual(["Возьмите толщиномер из ячейки\u00a03"]);
    expect(taken.lockerStates.slice(0, 2)).toEqual(["opening", "out"]);
    expect(await page.getAttribute("[data-measurement-state]", "data-locker-state")).toBe("out");

    // Readings arrive from the gauge on the agent, each filling the lit zone with the agent's verdict colour.
    await measuredAtLeast(page, 4);
    const early = await measuredOnScreen(page);
    expect(early).toBeLessThan(45);
    const first = await api.devices.measurement.get.query({ sessionId });
    const [tapped] = first.zones; // the first zone measured
    if (!tapped?.valueUm) throw new Error("no zone measured yet");
    await measuredAtLeast(page, early + 2);
    const verdicts = Object.values(await diagramVerdicts(page));
    expect(verdicts).toHaveLength(45);
    expect(verdicts.filter((v) => v !== "none").every((v) => ["normal", "warning", "critical"].includes(v))).toBe(true);
    expect((await diagramValues(page))[tapped.zone]).toBe(tapped.valueUm);
    expect(await page.textContent(".measure-count")).toMatch(/^Измерено \d+ из 45$/);
    expect(await page.textContent(".measure-next")).toMatch(/^Приложите датчик: /);

    // A tap on a measured zone: the gauge's next reading goes there, with a new value.
    await page.click(`path[data-zone="${tapped.zone}"]`);
    const redone = await eventually(
      () => api.devices.measurement.get.query({ sessionId }),
      (m) => (m.zones.find((z) => z.zone === tapped.zone)?.measuredAt ?? 0) > (tapped.measuredAt ?? 0),
      10_000,
    );
    const again = redone.zones.find((z) => z.zone === tapped.zone);
    expect(again?.valueUm).not.toBe(tapped.valueUm);
    await expect.poll(async () => (await diagramValues(page))[tapped.zone]).toBe(again?.valueUm);
    const remeasured = await auditRows(agent.url, "measurement.remeasure");
    expect(remeasured.map((row) => row.details)).toEqual([{ sessionId, zone: tapped.zone }]);

    // Every zone measured: the customer finishes, puts the gauge back, and the report follows.
    await page.waitForSelector('[data-measured="45"]', { timeout: 20_000 });
    const all = await api.devices.measurement.get.query({ sessionId });
    expect(await diagramValues(page)).toEqual(agentValues(all));
    await page.click('[data-action="finish-measurement"]');
    await screenIs(page, "report");
    const visit = await shown(page);
    expect(visit.screens).toEqual(["payment", "scan", "return", "report"]);
    expect(visit.handouts).toEqual([
      "Возьмите толщиномер из ячейки\u00a03",
      "Верните толщиномер в ячейку\u00a03 и закройте дверцу",
    ]);
    // "returned" moves the visit on in the same beat: the report screen shows instead.
    expect(visit.lockerStates).toEqual(["opening", "out", "returning"]);

    await page.waitForSelector('[data-summary="thickness"] [data-diagram="sedan"]');
    const { reportId } = (await savedVisit(page)) as { reportId: string };
    const report = await api.reports.get.query({ id: reportId });
    const data = report.data as {
      vehicleType: string;
      measurementId: string;
      zones: Array<{ zone: string; verdict: string; valueUm: number }>;
    };
    expect(data).toMatchObject({ vehicleType: "sedan", measurementId: all.id });
    expect(await diagramVerdicts(page, '[data-summary="thickness"]')).toEqual(
      Object.fromEntries(data.zones.map((z) => [z.zone, z.verdict])),
    );
    expect(
      await page.$$eval("[data-listed-verdict]", (zones) => zones.map((z) => z.getAttribute("data-listed-verdict"))),
    ).toEqual(data.zones.filter((z) => z.verdict !== "normal").map((z) => z.verdict));
    expect(await page.$("[data-not-returned]")).toBeNull();
    await kiosk?.shot("report");
    const pdf = Buffer.from((await api.reports.getPdf.query({ id: reportId })).base64, "base64");
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(kiosk?.errors).toEqual([]);
  }, 90_000);

  it("says a jammed cell plainly; the operator is paged once, the session stays active and paid, and can be refunded", async () => {
    const { page, agent, paymentId, sessionId, api } = await paidThicknessVisit("jammed", {
      LOCKER_SIMULATOR_SCENARIO: "jammed",
      LOCKER_OPEN_TIMEOUT_MS: "1000",
    });
    await page.waitForSelector('[data-measurement-state="failed"][data-scan-error="LOCKER_JAMMED"]', {
      timeout: 15_000,
    });
    expect(await page.getAttribute("[data-measurement-state]", "data-locker-state")).toBe("jammed");
    expect(await page.textContent("h1")).toBe("Нужна помощь оператора");
    expect(await page.textContent(".measure .problem p")).toBe(jamText);
    expect((await shown(page)).handouts).toEqual(["Возьмите толщиномер из ячейки\u00a03"]);
    await kiosk?.shot("locker-jammed");
    expect(await scrape(agent.url, "locker_jams_total")).toBe(1);
    expect((await api.sessions.get.query({ id: sessionId })).status).toBe("active");
    const operator = operatorOf(agent.url);
    expect((await operator.payments.get.query({ id: paymentId })).status).toBe("confirmed");

    await operator.payments.refund.mutate({ id: paymentId });
    await eventually(
      () => operator.payments.get.query({ id: paymentId }),
      (payment) => payment.status === "refunded",
      15_000,
    );
    expect(kiosk?.errors).toEqual([]);
  }, 90_000);

  it("goes on to the report when the gauge is not put back in time; the operator is told, the customer only quietly", async () => {
    const { page, agent, sessionId } = await paidThicknessVisit("not-returned", {
      LOCKER_SIMULATOR_SCENARIO: "leftOpen",
      LOCKER_RETURN_TIMEOUT_MS: "1500",
    });
    await page.waitForSelector('[data-measured="45"]', { timeout: 20_000 });
    await page.click('[data-action="finish-measurement"]');
    await screenIs(page, "return");
    expect(await page.textContent(".handout-text")).toBe("Верните толщиномер в ячейку\u00a03 и закройте дверцу");
    await kiosk?.shot("return");
    await screenIs(page, "report");
    await page.waitForSelector('[data-summary="thickness"]');
    expect(await page.textContent('[data-not-returned="gauge"]')).toBe(
      "Толщиномер не вернулся в ячейку\u00a03: оператор уже получил сигнал.",
    );
    expect(await scrape(agent.url, 'devices_not_returned_total{device="gauge"}')).toBe(1);
    const rows = await auditRows(agent.url, "device.not_returned");
    expect(rows.map((row) => row.details)).toEqual([expect.objectContaining({ sessionId, device: "gauge", cell: 3 })]);
    await page.click('[data-action="finish"]');
    await screenIs(page, "done");
    expect(kiosk?.errors).toEqual([]);
  }, 90_000);
});
