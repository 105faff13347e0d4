import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { systemClock } from "@kiosk/core";
import { startTestAgent, type TestAgent } from "@kiosk/agent/testing";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { builtKiosk, screenshots } from "./paths";

/** Debian's chromium, as the kiosk runs it; nothing downloads a browser. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const chromiumArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export const launchChromium = (): Promise<Browser> =>
  chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });

/** Portrait, as a kiosk screen stands. */
export const portrait = { width: 1080, height: 1920 };
export const landscape = { width: 1920, height: 1080 };

/**
 * The DEV simulators at a test's pace: a gauge reading every 60 ms, and the simulated
 * customer shutting each locker door 300 ms after it opened (the return waits for that).
 */
export const fastDeviceEnv = { GAUGE_SIMULATOR_INTERVAL_MS: "60", LOCKER_SIMULATOR_CLOSE_AFTER_MS: "300" };

/**
 * An agent on the real clock serving the test build of the kiosk, with fast devices and
 * timers: DEV unless `env` says otherwise (the variables the process reads, e.g. a PROD
 * agent's YooKassa and OBD_PORT, or slower simulators than `fastDeviceEnv`).
 */
export function startKioskAgent(
  file: Record<string, unknown> = {},
  options: { storage?: string; port?: number; env?: Record<string, string> } = {},
): Promise<TestAgent> {
  const kiosk = (file.kiosk ?? {}) as Record<string, unknown>;
  return startTestAgent(
    { ...fastDeviceEnv, ...options.env, ...(options.port ? { PORT: String(options.port) } : {}) },
    {
      ...file,
      kiosk: { staticDir: builtKiosk, doneTimeoutMs: 3_000, ...kiosk },
      delivery: { tickMs: 100, ...(file.delivery as object | undefined) },
    },
    { clock: systemClock, ...(options.storage ? { storage: options.storage } : {}) },
  );
}

export interface KioskPage {
  page: Page;
  context: BrowserContext;
  /** Every console error and uncaught exception the page produced. */
  errors: string[];
  /** Saves a 1080×1920 (or current viewport) screenshot of the current screen under test-results/screens. */
  shot(name: string): Promise<void>;
}

export async function openKiosk(
  browser: Browser,
  url: string,
  prefix: string,
  viewport = portrait,
): Promise<KioskPage> {
  const context = await browser.newContext({ viewport, locale: "ru-RU", timezoneId: "Europe/Moscow" });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(String(error)));
  mkdirSync(screenshots, { recursive: true });
  await page.goto(url);
  return {
    page,
    context,
    errors,
    async shot(name) {
      await page.screenshot({ path: join(screenshots, `${prefix}-${name}.png`) });
    },
  };
}

/** Types on the on-screen keyboard, key by key, as a finger would. */
export async function typeOnScreen(page: Page, text: string): Promise<void> {
  for (const character of text) {
    await page
      .locator(".keyboard button", { hasText: new RegExp(`^${escapeRegExp(character)}$`) })
      .first()
      .click();
  }
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The visit the page keeps in localStorage (what a reload resumes). */
export const savedVisit = (page: Page) =>
  page.evaluate(() => JSON.parse(localStorage.getItem("kiosk.visit") ?? "null") as Record<string, unknown> | null);

export const screenIs = (page: Page, name: string, timeout = 15_000) =>
  page.waitForSelector(`[data-screen="${name}"]`, { timeout });
