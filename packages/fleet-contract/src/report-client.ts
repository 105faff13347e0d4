import { callFleet, type FleetCallOptions, type FleetCallResult } from "./fleet-call";
import {
  reportUploadAnswer,
  reportUploadErrors,
  reportUploadPath,
  type ReportUploadAnswer,
  type ReportUploadRequest,
} from "./reports";

/**
 * What one upload came to. A failure says whether the same request may succeed
 * later (`retry`: keep it, back off, try again) or never will (set it aside).
 */
export type ReportUploadResult = FleetCallResult<ReportUploadAnswer>;

/** What says the request itself is wrong, whoever answers it. */
const permanentStatuses = new Set([400, 409, 413, 415, 422]);

export interface ReportUploadOptions extends FleetCallOptions {
  /** The kiosk's fleet token. */
  token: string;
  request: ReportUploadRequest;
}

/**
 * Uploads one report's PDF (`PUT /api/fleet/reports/:reportId`) and reads the
 * answer through the contract. It throws nothing: the backoffice unreachable
 * or too slow is `UNREACHABLE`, an answer that is not the contract's (or is
 * another report's) is `BAD_ANSWER`, both worth a retry.
 */
export function uploadReport({ request, ...options }: ReportUploadOptions): Promise<ReportUploadResult> {
  return callFleet(
    options,
    { method: "PUT", path: reportUploadPath(request.reportId), body: request },
    reportUploadAnswer.refine((answer) => answer.reportId === request.reportId),
    {
      answerName: "a report upload answer",
      // A known code says whether it heals; an unknown one (a proxy's page, a newer backoffice) is
      // judged by its status: only a refusal of the request itself never heals; a proxy's 404, 408,
      // 429 or 502 may.
      retry: ({ status, code }) =>
        Object.hasOwn(reportUploadErrors, code)
          ? reportUploadErrors[code as keyof typeof reportUploadErrors].retry
          : !permanentStatuses.has(status),
    },
  );
}
