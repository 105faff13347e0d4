import { kioskApiError, type Api } from "../api";
import type { ScanResult } from "../visit/machine";

/**
 * Makes the report from what the agent stored of the service (reports.fromScan,
 * reports.fromMeasurement: the screen sends no codes and no values) and answers
 * its id; a report already made (a reload, the return screen and the report screen
 * both asking) answers 409 with the id of that one.
 */
export async function makeReport(api: Api, sessionId: string, scan: ScanResult): Promise<string> {
  try {
    const made =
      scan.service === "diagnostics"
        ? await api.reports.fromScan.mutate({ sessionId })
        : await api.reports.fromMeasurement.mutate({ sessionId });
    return made.id;
  } catch (error) {
    const existing = kioskApiError(error)?.details.reportId;
    if (typeof existing === "string") return existing;
    throw error;
  }
}
