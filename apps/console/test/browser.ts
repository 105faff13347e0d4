import type { Browser, BrowserContext, Page } from "playwright-core";

export { launchChromium } from "../../kiosk/test/browser";

/** The screens the console must work on: a laptop, a tablet lying and standing. */
export const laptop = { width: 1366, height: 768 };
export const tabletLandscape = { width: 1024, height: 768 };
export const tabletPortrait = { width: 768, height: 1024 };

export interface ConsolePage {
  page: Page;
  context: BrowserContext;
  /** Every console error and uncaught exception the page produced: a test ends asserting none. */
  errors: string[];
  /**
   * The requests the server refused (4xx), by address: Chromium logs each as a console
   * error; a refusal the page shows in words (a wrong password, a signed-out `auth.me`) is
   * no error of the page's, so a test asserts which ones it expected.
   */
  refusals: string[];
}

/**
 * A fresh browser profile (no cookies) on the console at `url`, in Russian and
 * Moscow time, collecting the page's console errors and uncaught exceptions.
 */
export async function openConsole(browser: Browser, url: string, viewport = laptop): Promise<ConsolePage> {
  const context = await browser.newContext({ viewport, locale: "ru-RU", timezoneId: "Europe/Moscow" });
  const page = await context.newPage();
  const errors: string[] = [];
  const refusals: string[] = [];
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    const refused = /^Failed to load resource: the server responded with a status of (4\d\d)/.exec(message.text());
    if (refused) refusals.push(`${refused[1]} ${new URL(message.location().url).pathname}`);
    else errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(String(error)));
  await page.goto(url);
  return { page, context, errors, refusals };
}

/** Signs in through the login form, as a person does, and waits for the overview. */
export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel("Электронная почта").fill(email);
  await page.getByLabel("Пароль").fill(password);
  await page.getByRole("button", { name: "Войти" }).click();
  await page.waitForSelector('[data-page="overview"]');
}

export const pageIs = (page: Page, name: string, timeout = 15_000) =>
  page.waitForSelector(`[data-page="${name}"]`, { timeout });
