import type { Page } from "playwright-core";

interface EcuCodes {
  address: string;
  stored: string[];
  pending: string[];
  permanent: string[];
}

/** The part of a report made from a scan (reports.fromScan) the browser tests read. */
export interface ScanReportData {
  vin: string | null;
  mil: boolean;
  ecus: Array<{ address: string } & Record<"stored" | "pending" | "permanent", Array<{ code: string }>>>;
}

/** What the simulator's can11 car says (packages/devices simulator profiles): the report must say the same. */
export const can11Reading = {
  vin: "1HGCM82633A004352",
  mil: true,
  ecus: [
    {
      address: "7E8",
      stored: ["P0133", "P0171", "P0300", "P0420", "P0442", "P0128", "U0100"],
      pending: ["P0301"],
      permanent: ["P0420"],
    },
    { address: "7E9", stored: ["P0715", "P0741"], pending: [], permanent: [] },
  ] satisfies EcuCodes[],
};

/** A report's ECU with its codes only, without the agent's descriptions. */
export const codesOf = (ecu: ScanReportData["ecus"][number]): EcuCodes => ({
  address: ecu.address,
  stored: ecu.stored.map((dtc) => dtc.code),
  pending: ecu.pending.map((dtc) => dtc.code),
  permanent: ecu.permanent.map((dtc) => dtc.code),
});

/** The codes the report screen shows, by ECU and kind, as the customer sees them. */
export const shownCodes = (page: Page): Promise<EcuCodes[]> =>
  page.$$eval("[data-ecu]", (sections) =>
    sections.map((section) => {
      const kind = (name: string) =>
        [...section.querySelectorAll(`[data-kind="${name}"] [data-dtc]`)].map(
          (li) => li.getAttribute("data-dtc") ?? "",
        );
      return {
        address: section.getAttribute("data-ecu") ?? "",
        stored: kind("stored"),
        pending: kind("pending"),
        permanent: kind("permanent"),
      };
    }),
  );

/**
 * Starts noting every text the scan's progress line shows, in the page itself (a step
 * lasts one car answer: the test process could miss it between two looks).
 */
export const recordScanSteps = (page: Page): Promise<void> =>
  page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { scanSteps: string[] }).scanSteps = seen;
    const note = () => {
      for (const line of document.querySelectorAll(".scan-activity, .scan-found")) {
        const text = line.textContent;
        if (text && !seen.includes(text)) seen.push(text);
      }
    };
    new MutationObserver(note).observe(document.body, { subtree: true, childList: true, characterData: true });
  });

export const recordedScanSteps = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as unknown as { scanSteps: string[] }).scanSteps);
