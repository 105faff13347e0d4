import { createKioskClient, type KioskClient } from "@kiosk/client";
import { eventually, yookassaAgentEnv, type TestAgent } from "@kiosk/agent/testing";
import {
  gaugeSimulator,
  profiles,
  serveGauge,
  serveLocker,
  serveSimulator,
  type ServedGauge,
  type ServedLocker,
  type ServedSimulator,
} from "@kiosk/devices/simulator";
import { FakeYooKassa } from "@kiosk/payments/testing";
import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, openKiosk, savedVisit, screenIs, startKioskAgent, type KioskPage } from "./browser";
import { diagramValues, diagramVerdicts, docsShot, measuredOnScreen, recordShown, shown } from "./measure";
import { can11Reading, codesOf, shownCodes, type ScanReportData } from "./scan-report";
import { bankPays, walkToPayment, yookassaNetwork } from "./steps";

const { paintValueUm } = gaugeSimulator;

/** The screen the README's measurement and thickness report pictures are taken on. */
const docsViewport = { width: 1280, height: 800 };
/** A door springs open this long after its pulse: long enough to see "take it from cell N" on the screen. */
const springMs = 800;

let browser: Browser;
let fake: FakeYooKassa;
let obd: ServedSimulator;
let gauge: ServedGauge;
let locker: ServedLocker;
let env: TestAgent;
let api: KioskClient;
let kiosk: KioskPage | undefined;
beforeAll(async () => {
  browser = await launchChromium();
  fake = await new FakeYooKassa().start();
  obd = await serveSimulator({ profile: profiles.can11 });
  gauge = await serveGauge({ format: "positector", unit: "um" });
  // The customer shuts each door when the test says so (close(cell)): after taking the device, and after putting it back.
  locker = await serveLocker({ closeAfterMs: null, timing: { springMs } });
  env = await startKioskAgent(
    {},
    {
      env: {
        ...yookassaAgentEnv(fake, yookassaNetwork),
        OBD_DRIVER: "elm327",
        OBD_PORT: obd.driverPath,
        OBD_BAUD_RATE: "38400",
        GAUGE_DRIVER: "positector",
        GAUGE_PORT: gauge.driverPath,
        LOCKER_DRIVER: "rs485",
        LOCKER_PORT: locker.driverPath,
      },
    },
  );
  api = createKioskClient({ url: env.url });
});
afterAll(async () => {
  await env.stop();
  await Promise.all([obd.close(), gauge.close(), locker.close(), fake.stop()]);
  await browser.close();
});
afterEach(async () => {
  await kiosk?.context.close();
  kiosk = undefined;
});

/** The gauge on the PTY takes `count` readings, the simulator's plausible paint from `from` on. */
async function measure(from: number, count: number): Promise<void> {
  for (let index = from; index < from + count; index++) {
    await gauge.simulator.take({ valueUm: paintValueUm(index), substrate: "steel" });
  }
}

/**
 * The cell's door is open and the agent's driver has read it so (two status queries
 * since: the first was answered open before the second came). A door shut sooner
 * than the driver looks reads to it as a door that never opened.
 */
async function doorSeenOpen(cell: number): Promise<void> {
  await eventually(
    () => Promise.resolve(locker.simulator.doorClosed(cell)),
    (closed) => !closed,
  );
  const asked = locker.simulator.stats.frames.queryAll;
  await eventually(
    () => Promise.resolve(locker.simulator.stats.frames.queryAll),
    (queries) => queries >= asked + 2,
  );
}

const measuredIs = (page: Page, count: number) =>
  page.waitForSelector(`[data-measured="${count}"]`, { timeout: 15_000 });

describe("PROD in a real Chromium: the ELM327, a PosiTector and the RS-485 locker board on PTYs", () => {
  it("measures paint thickness through the locker: the gauge from cell 3, readings off its port, a zone again on a tap, the gauge back, the report", async () => {
    kiosk = await openKiosk(browser, env.url, "prod-thickness", docsViewport);
    const { page } = kiosk;
    await walkToPayment(kiosk, "thickness", { email: "olga" });
    await recordShown(page);
    await bankPays(fake, page, env);
    const { sessionId } = (await savedVisit(page)) as { sessionId: string };

    await page.waitForSelector('.handout[data-locker-state="opening"]', { timeout: 10_000 });
    expect(await page.textContent(".handout-text")).toBe("Возьмите толщиномер из ячейки\u00a03");
    expect(await page.textContent(".handout-cell-number")).toBe("3");
    await kiosk.shot("handout");
    await page.waitForSelector('[data-measurement-state="measuring"]', { timeout: 10_000 });
    expect(await page.getAttribute("[data-next-zone]", "data-next-zone")).toBe("hood-front");
    expect(locker.simulator.close(3)).toBe(true); // gauge in hand, the door shut behind it (the agent saw it open)

    await measure(0, 14);
    await measuredIs(page, 14);
    expect(await page.getAttribute("[data-next-zone]", "data-next-zone")).toBe("front-right-fender-center");
    expect(await page.textContent(".measure-next")).toBe("Приложите датчик: Переднее правое крыло, центр");
    expect(await page.textContent(".measure-count")).toBe("Измерено 14 из 45");
    expect((await diagramValues(page))["hood-front"]).toBe(paintValueUm(0));
    await docsShot(page, "kiosk-measurement");

    // Measured again on a tap: the next reading goes to the tapped zone, then the guide goes on where it was.
    await page.click('path[data-zone="hood-center"]');
    await page.waitForSelector('[data-next-zone="hood-center"]');
    await gauge.simulator.take({ valueUm: 333, substrate: "steel" });
    await page.waitForSelector('[data-next-zone="front-right-fender-center"]');
    expect((await diagramValues(page))["hood-center"]).toBe(333);
    expect((await diagramVerdicts(page))["hood-center"]).toBe("critical");
    expect(await page.textContent(".measure-latest")).toBe("Капот, центр: 333 мкм — критично");
    expect(await measuredOnScreen(page)).toBe(14);
    expect(await page.isDisabled('[data-action="finish-measurement"]')).toBe(true);

    await measure(14, 31);
    await measuredIs(page, 45);
    await page.click('[data-action="finish-measurement"]');
    await screenIs(page, "return");
    expect(await page.textContent(".handout-text")).toBe("Верните толщиномер в ячейку\u00a03 и закройте дверцу");
    // The agent opened the cell again for the gauge; the report waits for the door only to show.
    await page.waitForSelector('.handout[data-locker-state="returning"]');
    await doorSeenOpen(3);
    await kiosk.shot("return");
    await eventually(
      () => api.reports.listBySession.query({ sessionId }),
      (reports) => reports.length === 1,
    );
    expect(await page.getAttribute("[data-screen]", "data-screen")).toBe("return");
    expect(locker.simulator.close(3)).toBe(true);
    await screenIs(page, "report");
    await page.waitForSelector('[data-summary="thickness"] [data-diagram="sedan"]');
    await page.waitForSelector('[data-delivery="email"][data-status="sent"]');
    expect(await page.$("[data-not-returned]")).toBeNull();
    await docsShot(page, "kiosk-thickness-report");
    expect((await shown(page)).screens).toEqual(["payment", "scan", "return", "report"]);
    // Out for the measurement and open again for the return: two pulses of cell 3, none of any other.
    const pulsed = Object.entries(locker.simulator.stats.pulses).filter(([, pulses]) => pulses > 0);
    expect(pulsed).toEqual([["3", 2]]);

    const { reportId } = (await savedVisit(page)) as { reportId: string };
    const report = await api.reports.get.query({ id: reportId });
    const zones = (report.data as { zones: Array<{ zone: string; valueUm: number; verdict: string }> }).zones;
    expect(zones.find((zone) => zone.zone === "hood-center")).toMatchObject({ valueUm: 333, verdict: "critical" });
    expect(await diagramVerdicts(page, '[data-summary="thickness"]')).toEqual(
      Object.fromEntries(zones.map((zone) => [zone.zone, zone.verdict])),
    );
    const pdf = Buffer.from((await api.reports.getPdf.query({ id: reportId })).base64, "base64");
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    await page.click('[data-action="finish"]');
    await screenIs(page, "done");
    expect(kiosk.errors).toEqual([]);
  }, 90_000);

  it("runs diagnostics through the locker: the adapter from cell 2, the agent's scan of the car, the adapter back, the report", async () => {
    const before = locker.simulator.stats.pulses[2] ?? 0;
    kiosk = await openKiosk(browser, env.url, "prod-locker-diagnostics");
    const { page } = kiosk;
    await walkToPayment(kiosk, "diagnostics", { email: "oleg" });
    await recordShown(page);
    await bankPays(fake, page, env);

    await page.waitForSelector('.handout[data-locker-state="opening"]', { timeout: 10_000 });
    expect(await page.textContent(".handout-text")).toBe("Возьмите адаптер из ячейки\u00a02");
    expect(await page.textContent("h1")).toBe("Оплата прошла");
    await kiosk.shot("handout");
    // The customer leaves the door open while the car is read: the return finds it open and waits for it to shut.
    await screenIs(page, "return", 20_000);
    expect(await page.textContent(".handout-text")).toBe("Верните адаптер в ячейку\u00a02 и закройте дверцу");
    await kiosk.shot("return");
    const { sessionId } = (await savedVisit(page)) as { sessionId: string };
    await eventually(
      () => api.reports.listBySession.query({ sessionId }),
      (reports) => reports.length === 1,
    );
    expect(await page.getAttribute("[data-screen]", "data-screen")).toBe("return");
    expect(locker.simulator.close(2)).toBe(true);
    await screenIs(page, "report", 20_000);
    await page.waitForSelector('[data-summary="diagnostics"]');
    expect(await page.$("[data-not-returned]")).toBeNull();
    expect((await shown(page)).screens).toEqual(["payment", "scan", "return", "report"]);
    expect(locker.simulator.stats.pulses[2]).toBe(before + 1);

    const { reportId } = (await savedVisit(page)) as { reportId: string };
    const data = (await api.reports.get.query({ id: reportId })).data as unknown as ScanReportData;
    expect({ vin: data.vin, mil: data.mil, ecus: data.ecus.map(codesOf) }).toEqual(can11Reading);
    expect(await shownCodes(page)).toEqual(can11Reading.ecus);
    await page.click('[data-action="finish"]');
    await screenIs(page, "done");
    expect(kiosk.errors).toEqual([]);
  }, 90_000);
});
