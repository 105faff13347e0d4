import { uploadReport, type ReportUploadRequest } from "@kiosk/fleet-contract";
import { deferUpload, dueUploads, markUploaded, refuseUpload, uploadOf, type ReportingDeps } from "@kiosk/reporting";
import { fleetRetryDelay, type FleetWorkerDeps } from "./fleet-worker";

/** Uploads per pass at most: each is a PDF, so a week's backlog goes over a few ticks, not one burst. */
const UPLOADS_PER_PASS = 10;

/**
 * Sends each queued report's PDF to the backoffice, one authenticated request
 * a report (`PUT /api/fleet/reports/:id`), and stores the link it answers
 * with, which releases the report's waiting messages. A failure worth a retry
 * waits its backoff; one no retry can cure is set aside (the report goes
 * without a link). One failed upload never holds the others. Returns how many landed.
 */
export async function pushReportUploads(
  deps: FleetWorkerDeps,
  reporting: ReportingDeps,
  signal?: AbortSignal,
): Promise<number> {
  let landed = 0;
  let failure: Error | null = null;
  for (const row of dueUploads(reporting, UPLOADS_PER_PASS)) {
    if (signal?.aborted) break;
    let request: ReportUploadRequest;
    try {
      request = await uploadOf(reporting, row.reportId);
    } catch (error) {
      // The kiosk's own PDF is unreadable (a disk fault): this one waits, the others go on.
      const reason = `the PDF cannot be read: ${error instanceof Error ? error.message : String(error)}`;
      deferUpload(reporting, row, reason, fleetRetryDelay(row.attempts, deps.config.maxDelayMs, deps.random));
      failure ??= new Error(`the upload of ${row.reportId} failed: ${reason}`);
      continue;
    }
    const result = await uploadReport({
      url: deps.config.url,
      token: deps.config.token,
      request,
      timeoutMs: deps.config.timeoutMs,
    });
    if (result.ok) {
      markUploaded(reporting, row.reportId, result.answer);
      landed++;
      continue;
    }
    const reason = `${result.code} (${result.status ?? "no answer"}): ${result.message}`;
    if (result.retry) {
      deferUpload(reporting, row, reason, fleetRetryDelay(row.attempts, deps.config.maxDelayMs, deps.random));
    } else {
      refuseUpload(reporting, row, reason);
      deps.onUploadRefused?.(row.reportId, reason);
    }
    failure ??= new Error(`the upload of ${row.reportId} failed: ${reason}`);
  }
  if (failure) throw failure;
  return landed;
}
