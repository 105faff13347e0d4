import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createKioskClient, type RouterOutputs } from "@kiosk/client";
import { operatorToken } from "@kiosk/agent/testing";
import type { Page } from "playwright-core";
import { screenshots } from "./paths";

export type Measurement = RouterOutputs["devices"]["measurement"]["get"];

/** What the page showed at some moment, noted in the page itself: a locker step lasts a few hundred ms. */
export interface Shown {
  screens: string[];
  handouts: string[];
  lockerStates: string[];
}

/**
 * Starts noting every screen, every locker prompt and every locker state the page
 * shows, in order, each once: the test process could miss a short one between two looks.
 */
export const recordShown = (page: Page): Promise<void> =>
  page.evaluate(() => {
    const seen = { screens: [] as string[], handouts: [] as string[], lockerStates: [] as string[] };
    (window as unknown as { shown: typeof seen }).shown = seen;
    const add = (list: string[], value: string | null | undefined) => {
      if (value && list.at(-1) !== value) list.push(value);
    };
    const note = () => {
      add(seen.screens, document.querySelector("[data-screen]")?.getAttribute("data-screen"));
      for (const text of document.querySelectorAll(".handout-text")) add(seen.handouts, text.textContent);
      add(seen.lockerStates, document.querySelector("[data-locker-state]")?.getAttribute("data-locker-state"));
    };
    note();
    new MutationObserver(note).observe(document.body, { subtree: true, childList: true, attributes: true });
  });

export const shown = (page: Page): Promise<Shown> => page.evaluate(() => (window as unknown as { shown: Shown }).shown);

/** How many zones the measurement screen says are measured. */
export const measuredOnScreen = async (page: Page): Promise<number> =>
  Number(await page.getAttribute("[data-measured]", "data-measured"));

/** Waits until the screen shows at least `count` zones measured. */
export const measuredAtLeast = (page: Page, count: number, timeout = 20_000) =>
  page.waitForFunction(
    (least) => Number(document.querySelector("[data-measured]")?.getAttribute("data-measured")) >= least,
    count,
    { timeout },
  );

/**
 * The value each measured zone shows on the car diagram, by zone id. The values are
 * drawn over the zones in the diagram's zone order, one per measured zone (a zone with
 * a verdict), so the nth value belongs to the nth zone that has one.
 */
export const diagramValues = (page: Page, scope = ".car-diagram"): Promise<Record<string, number>> =>
  page.$eval(scope, (figure) => {
    const measured = [...figure.querySelectorAll("path[data-zone]")].filter(
      (zone) => zone.getAttribute("data-verdict") !== "none",
    );
    const values = [...figure.querySelectorAll(".car-diagram-values text")].map((text) => Number(text.textContent));
    if (values.length !== measured.length) throw new Error(`${values.length} values for ${measured.length} zones`);
    return Object.fromEntries(measured.map((zone, i) => [zone.getAttribute("data-zone") ?? "", values[i] ?? NaN]));
  });

/** Each zone's verdict as the diagram colours it, by zone id ("none" while unmeasured). */
export const diagramVerdicts = (page: Page, scope = ".car-diagram"): Promise<Record<string, string>> =>
  page.$eval(scope, (figure) =>
    Object.fromEntries(
      [...figure.querySelectorAll("path[data-zone]")].map((zone) => [
        zone.getAttribute("data-zone") ?? "",
        zone.getAttribute("data-verdict") ?? "",
      ]),
    ),
  );

/** The measured zones of a measurement, by id, as the agent stored them. */
export const agentValues = (measurement: Measurement): Record<string, number> =>
  Object.fromEntries(measurement.zones.flatMap((zone) => (zone.valueUm === null ? [] : [[zone.zone, zone.valueUm]])));

/** The audit rows of one event, as an operator reads them over REST. */
export async function auditRows(url: string, event: string): Promise<Array<{ details: Record<string, unknown> }>> {
  const response = await fetch(`${url}/api/audit?event=${event}`, {
    headers: { authorization: `Bearer ${operatorToken}` },
  });
  return ((await response.json()) as { items: Array<{ details: Record<string, unknown> }> }).items;
}

export const operatorOf = (url: string) => createKioskClient({ url, token: operatorToken });

const docs = fileURLToPath(new URL("../../../docs", import.meta.url));

/**
 * A screenshot the README shows: always under test-results/screens as docs-<name>.png,
 * and into docs/<name>.png when UPDATE_DOCS_SCREENSHOTS=1 (a deliberate refresh, not every run).
 */
export async function docsShot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshots, { recursive: true });
  // The next zone's pulse stands still, so a refreshed picture differs only where the screen does.
  const options = { animations: "disabled" } as const;
  await page.screenshot({ ...options, path: join(screenshots, `docs-${name}.png`) });
  if (process.env.UPDATE_DOCS_SCREENSHOTS === "1")
    await page.screenshot({ ...options, path: join(docs, `${name}.png`) });
}
