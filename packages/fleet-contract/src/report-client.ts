import {
  reportUploadAnswer,
  reportUploadError,
  reportUploadErrors,
  reportUploadPath,
  type ReportUploadAnswer,
  type ReportUploadRequest,
} from "./reports";

/**
 * What one upload came to. A failure says whether the same request may succeed
 * later (`retry`: keep it, back off, try again) or never will (set it aside).
 */
export type ReportUploadResult =
  | { ok: true; answer: ReportUploadAnswer }
  | { ok: false; status: number | null; code: string; message: string; retry: boolean };

/** What says the request itself is wrong, whoever answers it. */
const permanentStatuses = new Set([400, 409, 413, 415, 422]);

export interface ReportUploadOptions {
  /** The backoffice's base URL, as the kiosk's FLEET_URL. */
  url: string;
  /** The kiosk's fleet token. */
  token: string;
  request: ReportUploadRequest;
  timeoutMs: number;
  fetch?: typeof fetch;
}

/**
 * Uploads one report's PDF (`PUT /api/fleet/reports/:reportId`) and reads the
 * answer through the contract. It throws nothing: the backoffice unreachable
 * or too slow is `UNREACHABLE`, an answer that is not the contract's is
 * `BAD_ANSWER`, both worth a retry.
 */
export async function uploadReport(options: ReportUploadOptions): Promise<ReportUploadResult> {
  const target = `${options.url.replace(/\/+$/, "")}${reportUploadPath(options.request.reportId)}`;
  let response: Response;
  try {
    response = await (options.fetch ?? fetch)(target, {
      method: "PUT",
      headers: { "content-type": "application/json", authorization: `Bearer ${options.token}` },
      body: JSON.stringify(options.request),
      signal: AbortSignal.timeout(options.timeoutMs),
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, status: null, code: "UNREACHABLE", message, retry: true };
  }
  const body: unknown = await response.json().catch(() => null);
  if (response.ok) {
    const answer = reportUploadAnswer.safeParse(body);
    if (answer.success && answer.data.reportId === options.request.reportId) return { ok: true, answer: answer.data };
    return {
      ok: false,
      status: response.status,
      code: "BAD_ANSWER",
      message: "not a report upload answer",
      retry: true,
    };
  }
  const refusal = reportUploadError.safeParse(body);
  const code = refusal.success ? refusal.data.error.code : `HTTP_${response.status}`;
  const message = refusal.success ? refusal.data.error.message : `the backoffice answered ${response.status}`;
  const known = Object.hasOwn(reportUploadErrors, code)
    ? reportUploadErrors[code as keyof typeof reportUploadErrors]
    : undefined;
  // An unknown code (a proxy's page, a newer backoffice) is judged by its status: only a
  // refusal of the request itself never heals; a proxy's 404, 408, 429 or 502 may.
  const retry = known?.retry ?? !permanentStatuses.has(response.status);
  return { ok: false, status: response.status, code, message, retry };
}
