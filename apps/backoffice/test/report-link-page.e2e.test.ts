import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { reportUploadAnswer } from "@kiosk/fleet-contract";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseBackofficeConfig, startBackoffice, type Backoffice } from "../src";
import { kioskToken, testEnv } from "./calls";
import { testPostgres } from "./postgres";
import { announceReport, local, sha256, thicknessPage, tinyPdf, uploadOf } from "./report-links";

/**
 * A report link as a customer opens it from an SMS: Debian's Chromium at a
 * phone's viewport (390×844, touch), the page readable without zooming, the
 * download one tap, and not a single request beyond the page itself.
 */
const publicUrl = "https://bo.example.ru";
const root = fileURLToPath(new URL("../../..", import.meta.url));
const screens = join(root, ".tmp/screens");
let db: Awaited<ReturnType<typeof testPostgres>>;
let backoffice: Backoffice;
let browser: Browser;

beforeAll(async () => {
  db = await testPostgres();
  backoffice = await startBackoffice(
    parseBackofficeConfig({ ...testEnv, PORT: "0", DATABASE_URL: db.url, BACKOFFICE_PUBLIC_URL: publicUrl }),
  );
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
  });
}, 60_000);
afterAll(async () => {
  await browser.close();
  await backoffice.stop();
  db.remove();
});

async function publish(reportId: string, pdf: Buffer, page = thicknessPage): Promise<string> {
  const body = uploadOf(reportId, pdf, { page });
  await announceReport(backoffice.url, kioskToken, "kiosk-1", body);
  const response = await fetch(`${backoffice.url}/api/fleet/reports/${reportId}`, {
    method: "PUT",
    headers: { "content-type": "application/json", authorization: `Bearer ${kioskToken}` },
    body: JSON.stringify(body),
  });
  return local(reportUploadAnswer.parse(await response.json()).link, backoffice.url, publicUrl);
}

/** A phone: its viewport, touch, Russian, and every request and console error the page makes. */
async function onPhone(url: string) {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: "ru-RU",
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(String(error)));
  const response = await page.goto(url);
  return { context, page, requests, errors, status: response?.status() };
}

/**
 * The whole page into .tmp/screens, to look at; the first screen of one that
 * docs/backoffice.md shows into docs/ too when UPDATE_DOCS_SCREENSHOTS=1 (a
 * deliberate refresh, not every run).
 */
async function shot(page: Page, name: string, options: { docs?: boolean } = {}): Promise<void> {
  mkdirSync(screens, { recursive: true });
  await page.screenshot({ path: join(screens, `${name}.png`), fullPage: true });
  if (options.docs && process.env.UPDATE_DOCS_SCREENSHOTS === "1") {
    await page.screenshot({ path: join(root, "docs", `${name}.png`) });
  }
}

const box = async (page: Page, selector: string) => {
  const found = await page.locator(selector).boundingBox();
  if (!found) throw new Error(`${selector} is not on the page`);
  return found;
};

describe("the report link on a phone", () => {
  it("shows the report readably at 390 px, with one obvious download that saves the same bytes", async () => {
    const pdf = tinyPdf("Thickness report rpt_phone");
    const phone = await onPhone(await publish("rpt_phone", pdf));
    const { page } = phone;
    try {
      expect(phone.status).toBe(200);
      await shot(page, "report-link-page", { docs: true });
      expect(await page.title()).toBe("Отчёт: Толщинометрия ЛКП");
      expect(await page.locator("h1").innerText()).toBe("Толщинометрия ЛКП");
      // No sideways scrolling, body text of at least 16 px, a button wide and tall enough for a thumb,
      // and all of it above the fold of an ordinary phone.
      expect(await page.evaluate<number>("document.documentElement.scrollWidth")).toBe(390);
      const bodySize = await page.evaluate<number>("parseFloat(getComputedStyle(document.body).fontSize)");
      expect(bodySize).toBe(17);
      const button = await box(page, "a.download");
      expect(button.width).toBe(390 - 2 * 16);
      expect(button.height).toBeGreaterThanOrEqual(56);
      expect(button.y + button.height).toBeLessThanOrEqual(844);
      expect(phone.requests).toEqual([page.url()]);
      expect(phone.errors).toEqual([]);

      const [download] = await Promise.all([page.waitForEvent("download"), page.locator("a.download").tap()]);
      expect(download.suggestedFilename()).toBe("otchet-2026-12-01.pdf");
      expect(sha256(readFileSync(await download.path()))).toBe(sha256(pdf));
    } finally {
      await phone.context.close();
    }
  });

  it("keeps a long report readable: a long vehicle, twelve summary lines, a critical verdict", async () => {
    const long = {
      ...thicknessPage,
      vehicle: "Mercedes-Benz GLE 450 4MATIC Coupé AMG Line Premium Plus, кроссовер, 2019 года выпуска",
      verdict: "critical" as const,
      summary: Array.from(
        { length: 12 },
        (_, i) => `Зона ${i + 1}: толщина покрытия 410 мкм, превышает норму; вероятна шпатлёвка под слоем краски.`,
      ),
    };
    const phone = await onPhone(await publish("rpt_long", tinyPdf("rpt_long"), long));
    try {
      await shot(phone.page, "report-link-page-long");
      expect(await phone.page.evaluate<number>("document.documentElement.scrollWidth")).toBe(390);
      expect(await phone.page.locator("li").count()).toBe(12);
      // The download comes before the summary: a long one never pushes it off the first screen.
      const button = await box(phone.page, "a.download");
      expect(button.y + button.height).toBeLessThanOrEqual(844);
      expect(phone.errors).toEqual([]);
    } finally {
      await phone.context.close();
    }
  });

  it("shows an unknown link's page in Russian, with nothing else", async () => {
    const phone = await onPhone(`${backoffice.url}/r/AAAAAAAAAAAAAAAAAAAAAA`);
    try {
      expect(phone.status).toBe(404);
      await shot(phone.page, "report-link-not-found");
      expect(await phone.page.locator("h1").innerText()).toBe("Ссылка не найдена");
      expect(phone.requests).toHaveLength(1);
      // Chromium's own note of the 404, and nothing from the page (no CSP refusal, no script).
      expect(phone.errors).toEqual(["Failed to load resource: the server responded with a status of 404 (Not Found)"]);
    } finally {
      await phone.context.close();
    }
  });
});
