import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createKioskClient } from "@kiosk/client";
import { eventually, freePort, type TestAgent } from "@kiosk/agent/testing";
import { parseBackofficeConfig, startBackoffice, type Backoffice } from "@kiosk/backoffice";
import { testPostgres } from "@kiosk/backoffice/testing";
import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  landscape,
  launchChromium,
  openKiosk,
  portrait,
  savedVisit,
  screenIs,
  startKioskAgent,
  type KioskPage,
} from "./browser";
import { docsShot } from "./measure";
import { screenshots } from "./paths";
import { matrixFromPixels, qrcodeMatrix } from "./qr-pixels";
import { walkToContact, walkToPayment } from "./steps";

/**
 * The report's link on the kiosk screen: a real PostgreSQL and backoffice publishing reports,
 * a DEV agent uploading to it through its fleet worker, Chromium on the kiosk and on a phone.
 */
const kioskToken = "kiosk-1-fleet-token-0123456789";
let pg: Awaited<ReturnType<typeof testPostgres>>;
let backoffice: Backoffice | null = null;
let publicUrl: string;
let browser: Browser;
let agent: TestAgent | undefined;
let kiosk: KioskPage | undefined;

let port: number;
const startOurBackoffice = () =>
  startBackoffice(
    parseBackofficeConfig({
      PORT: String(port),
      DATABASE_URL: pg.url,
      BACKOFFICE_KIOSK_TOKENS: `kiosk-1:${kioskToken}`,
      BACKOFFICE_PUBLIC_URL: publicUrl,
      LOG_LEVEL: "silent",
    }),
  );

beforeAll(async () => {
  pg = await testPostgres();
  // The port first: the public URL the links are built on names it.
  port = await freePort();
  publicUrl = `http://127.0.0.1:${port}`;
  backoffice = await startOurBackoffice();
  browser = await launchChromium();
}, 60_000);
afterAll(async () => {
  await browser.close();
  await backoffice?.stop();
  pg.remove();
});
afterEach(async () => {
  await kiosk?.context.close();
  kiosk = undefined;
  await agent?.stop();
  agent = undefined;
});

/** A DEV agent on the fleet with fast fleet ticks (the emulator pays by itself), and the kiosk on it. */
async function startFleetKiosk(prefix: string, viewport = portrait) {
  agent = await startKioskAgent(
    { fleet: { tickMs: 100, maxDelayMs: 400 } },
    { env: { FLEET_URL: publicUrl, KIOSK_ID: "kiosk-1", FLEET_TOKEN: kioskToken } },
  );
  kiosk = await openKiosk(browser, agent.url, prefix, viewport);
  return { agent, kiosk, page: kiosk.page, api: createKioskClient({ url: agent.url }) };
}

const linkPattern = /^http:\/\/127\.0\.0\.1:\d+\/r\/[A-Za-z0-9_-]{22}$/;
const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

/** The done screen's QR code, once its link is there: the link it names, and the page's own report id. */
async function shownLink(page: Page): Promise<{ link: string; reportId: string }> {
  await screenIs(page, "done");
  const shown = await page.waitForSelector("[data-report-link]", { timeout: 10_000 });
  const link = (await shown.getAttribute("data-report-link")) ?? "";
  const { reportId } = (await savedVisit(page)) as { reportId: string };
  return { link, reportId };
}

/** The QR code's pixels say the link: its module matrix, read from a screenshot, is `qrcode`'s of that string. */
async function expectQrSays(page: Page, link: string) {
  const png = await page.locator("[data-report-link] svg.qr").screenshot({ animations: "disabled" });
  const read = await matrixFromPixels(browser, png);
  expect(read.matrix).toEqual(qrcodeMatrix(link));
  // Large enough for a phone at arm's length: a module of at least 12 screen pixels, portrait or landscape.
  expect(read.modulePx).toBeGreaterThanOrEqual(12);
  console.log(`kiosk: report QR ${read.matrix.length} modules of ${read.modulePx.toFixed(1)} px`);
}

/** The link on a phone: the page offers the PDF, and its button downloads the kiosk's very file. */
async function expectPhoneOpens(link: string, reportSha256: string) {
  const phone = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: "ru-RU",
  });
  try {
    const page = await phone.newPage();
    expect((await page.goto(link))?.status()).toBe(200);
    const download = page.locator("a.download");
    expect(await download.textContent()).toMatch(/^Скачать PDF/);
    expect(await download.evaluate((a) => (a as HTMLAnchorElement).href)).toBe(`${link}/pdf`);
    await page.screenshot({ path: join(screenshots, "link-qr-only-phone.png"), fullPage: true });
    const [file] = await Promise.all([page.waitForEvent("download"), download.tap()]);
    const path = await file.path();
    expect(sha256(readFileSync(path))).toBe(reportSha256);
  } finally {
    await phone.close();
  }
  const pdf = await fetch(`${link}/pdf`);
  expect(pdf.status).toBe(200);
  expect(sha256(Buffer.from(await pdf.arrayBuffer()))).toBe(reportSha256);
}

/** The texts the DEV SMS channel wrote under the agent's storage outbox/. */
function smsTexts(storage: string): string[] {
  const outbox = join(storage, "outbox");
  return readdirSync(outbox)
    .filter((name) => name.endsWith(".sms.txt"))
    .map((name) => readFileSync(join(outbox, name), "utf8"));
}

describe("the report's link on the kiosk screen, published by a real backoffice on PostgreSQL", () => {
  it("«Только QR-код»: no contact, the thickness visit paid and measured, the done screen's QR code opens the PDF on a phone", async () => {
    const { page, api } = await startFleetKiosk("link-qr-only");
    await walkToPayment(kiosk as KioskPage, "thickness", { qrOnly: true }, true);
    const { sessionId } = (await savedVisit(page)) as { sessionId: string };
    expect((await api.sessions.get.query({ id: sessionId })).contact).toEqual({});

    await screenIs(page, "scan", 10_000); // the DEV emulator confirmed by itself
    await page.waitForSelector('[data-measured="45"]', { timeout: 20_000 });
    await page.click('[data-action="finish-measurement"]');
    await screenIs(page, "report", 15_000);
    await page.waitForSelector("[data-report-by-qr]");
    await page.click('[data-action="finish"]');

    const { link, reportId } = await shownLink(page);
    expect(link).toMatch(linkPattern);
    expect(link.startsWith(`${publicUrl}/r/`)).toBe(true);
    const report = await api.reports.get.query({ id: reportId });
    expect(report.link).toBe(link);
    expect(report.deliveries).toEqual([]);
    expect(await page.textContent(".done-link-caption")).toBe("Наведите камеру телефона, чтобы открыть отчёт");
    expect(await page.textContent(".lead")).toBe("Отчёт готов: откройте его на своём телефоне");
    expect(await page.textContent(".done-countdown")).toMatch(/через (1:00|0:59|0:58)$/);
    await expectQrSays(page, link);
    await docsShot(page, "kiosk-done-link");
    await kiosk?.shot("done");

    await expectPhoneOpens(link, report.sha256);
    // kiosk.doneTimeoutMs is 3 s here: with the QR code up, the screen stays a minute for the customer to scan it.
    await page.waitForSelector('.done-countdown:text-matches("через 0:5[0-5]$")', { timeout: 15_000 });
    expect(await page.isVisible("[data-report-link]")).toBe(true);
    expect(kiosk?.errors).toEqual([]);
  }, 120_000);

  it("a phone only, on a landscape screen: the done screen shows the QR code too, and the SMS carries the same link", async () => {
    const { page, api, agent: running } = await startFleetKiosk("link-phone", landscape);
    await walkToPayment(kiosk as KioskPage, "diagnostics", { phoneDigits: "9001112233" }, true);
    await screenIs(page, "report", 30_000);
    await page.waitForSelector('[data-delivery="sms"][data-status="sent"]', { timeout: 15_000 });
    await page.click('[data-action="finish"]');

    const { link, reportId } = await shownLink(page);
    expect(link).toMatch(linkPattern);
    await expectQrSays(page, link);
    const texts = await eventually(
      () => Promise.resolve(smsTexts(running.storage)),
      (sent) => sent.length > 0,
      10_000,
    );
    expect(texts).toHaveLength(1);
    expect(texts[0]).toContain("To: +79001112233");
    expect(texts[0]).toContain(link);
    expect((await api.reports.get.query({ id: reportId })).link).toBe(link);
    expect(await page.textContent(".lead")).toBe("Отчёт отправлен SMS на +7900***2233");
    await kiosk?.shot("done");
    expect(kiosk?.errors).toEqual([]);
  }, 120_000);

  it("the backoffice away: «Готовим ссылку на отчёт…» holds the screen for a QR-only customer, the QR code comes once it is back", async () => {
    const { page } = await startFleetKiosk("link-later");
    await walkToPayment(kiosk as KioskPage, "diagnostics", { qrOnly: true });
    await backoffice?.stop();
    backoffice = null;
    await screenIs(page, "report", 30_000);
    await page.click('[data-action="finish"]');
    await screenIs(page, "done");
    await page.waitForSelector("[data-report-link-pending]");
    expect(await page.textContent("[data-report-link-pending]")).toBe("Готовим ссылку на отчёт…");
    await kiosk?.shot("done-pending");
    // Past kiosk.doneTimeoutMs (3 s here): the only way to the report is not there yet, so the screen stays.
    await page.waitForSelector('.done-countdown:text-matches("через 1:5[5-9]$")', { timeout: 15_000 });
    expect(await page.isVisible("[data-report-link-pending]")).toBe(true);

    backoffice = await startOurBackoffice();
    const { link } = await shownLink(page);
    expect(link).toMatch(linkPattern);
    await expectQrSays(page, link);
    expect(await page.locator("[data-report-link-pending]").count()).toBe(0);
    expect(kiosk?.errors).toEqual([]);
  }, 120_000);

  it("without a fleet: no «Только QR-код» on the contact screen and no QR code on the done screen", async () => {
    agent = await startKioskAgent();
    kiosk = await openKiosk(browser, agent.url, "link-none");
    const { page } = kiosk;
    expect((await createKioskClient({ url: agent.url }).catalog.get.query()).reports.links).toBe(false);
    await walkToContact(kiosk, "diagnostics", { email: "ivan" });
    expect(await page.locator("[data-report-by]").count()).toBe(0);
    expect(await page.getByText("Только QR-код").count()).toBe(0);
    expect(await page.textContent("h1")).toBe("Куда отправить отчёт?");
    await page.click('[data-action="to-payment"]');
    await screenIs(page, "report", 30_000);
    await page.click('[data-action="finish"]');
    await screenIs(page, "done");
    await page.waitForSelector('.lead:has-text("на почту")');
    expect(await page.locator("[data-report-link], [data-report-link-pending], svg.qr").count()).toBe(0);
    expect(await page.isVisible(".done-mark")).toBe(true);
    expect(kiosk.errors).toEqual([]);
  }, 90_000);
});
