import { isTimeZone } from "@kiosk/core";
import { z } from "zod";
import { epochMs, storableText } from "./fields";

/**
 * A report's PDF published through the backoffice, for a customer who left only
 * a phone: the kiosk (behind NAT) uploads it, the backoffice keeps it in
 * PostgreSQL and answers the short link it serves it at, `<public url>/r/<token>`.
 *
 *   PUT /api/fleet/reports/:reportId
 *   authorization: Bearer <the kiosk's fleet token>
 *   content-type: application/json
 *   body: ReportUploadRequest (at most `reportUploadLimits.bodyBytes`)
 *   200: ReportUploadAnswer; any other status: ReportUploadError
 *
 * Idempotent per (kiosk, reportId): the same PDF again gets the same link;
 * another PDF under that id is 409 `REPORT_CONFLICT`.
 */
export const reportUploadPath = (reportId: string) => `/api/fleet/reports/${encodeURIComponent(reportId)}`;

export const reportUploadLimits = {
  /** The JSON body as sent: 413 `PAYLOAD_TOO_LARGE` past it, unread. */
  bodyBytes: 12 * 1024 * 1024,
  /** The decoded PDF: 413 `PDF_TOO_LARGE` past it. */
  pdfBytes: 8 * 1024 * 1024,
} as const;

/** The kiosk's own report id (`rpt_...`): the key, with the kiosk's id, of everything stored. */
export const reportId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "must be 1 to 64 of A-Z a-z 0-9 _ -");

/** What the link's page shows: no contact data (none is sent); the date is made from `createdAt` in `timeZone`. */
export const reportLinkPage = z
  .object({
    /** The service as the customer knows it: "Толщинометрия ЛКП". */
    service: storableText(80).min(1),
    /** "Lada Vesta, седан", or null when the customer gave none. */
    vehicle: storableText(120).nullable(),
    /** The kiosk's IANA zone, for the page's date and the file's name. */
    timeZone: z.string().max(64).refine(isTimeZone, "must be an IANA time zone"),
    /** The kiosk's (or its operator's) name, as on the PDF. */
    kioskName: storableText(80).min(1),
    verdict: z.enum(["normal", "warning", "critical"]).nullable(),
    /** The verdict's summary in Russian, a line each. */
    summary: z.array(storableText(300)).max(12),
  })
  .strict();
export type ReportLinkPage = z.infer<typeof reportLinkPage>;

/**
 * The PDF as base64 (RFC 4648, with padding): checked here, decoded and measured
 * by the backoffice. A flat character class: a pattern of 4-character groups
 * overflows V8's regexp stack on a PDF of a few megabytes.
 */
const base64 = z
  .string()
  .max(Math.ceil(reportUploadLimits.bodyBytes / 4) * 4)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, "must be base64")
  .refine((text) => text.length % 4 === 0, "must be base64 with padding");

export const reportUploadRequest = z
  .object({
    /** The path's id again: a body sent to another report's path is refused (`REPORT_ID_MISMATCH`). */
    reportId,
    type: z.enum(["thickness", "diagnostics"]),
    /** When the kiosk made the report (epoch ms): the page's date. */
    createdAt: epochMs,
    /** The PDF's sha256, lowercase hex, as the kiosk stored it: checked on arrival (`SHA256_MISMATCH`). */
    sha256: z.string().regex(/^[0-9a-f]{64}$/, "must be 64 lowercase hex digits"),
    pdfBase64: base64,
    page: reportLinkPage,
  })
  .strict();
export type ReportUploadRequest = z.infer<typeof reportUploadRequest>;

/** The link's token: 16 random bytes as base64url, never derived from an id. */
export const reportLinkToken = /^[A-Za-z0-9_-]{22}$/;

export const reportUploadAnswer = z.object({
  reportId,
  /** `<BACKOFFICE_PUBLIC_URL>/r/<token>`: what the SMS, the email and the kiosk's QR carry. */
  link: z.url({ protocol: /^https?$/ }),
  /** When the link stops working (epoch ms): the first upload's time plus REPORT_LINK_TTL_DAYS. */
  expiresAt: epochMs,
});
export type ReportUploadAnswer = z.infer<typeof reportUploadAnswer>;

/**
 * Every `error.code` the upload answers with, and its status. `retry` says
 * whether the same request can succeed later as it is: the kiosk keeps it and
 * retries with backoff; otherwise the upload is wrong and no retry will help
 * (the kiosk sets it aside, as it does a refused event).
 */
export const reportUploadErrors = {
  /** No bearer token. */
  UNAUTHORIZED: { status: 401, retry: true },
  /** A token that is no kiosk's (revoked, or the operator's). Fixed in the backoffice's config, not on the kiosk. */
  FORBIDDEN: { status: 403, retry: true },
  /** An older backoffice without this path, or a path that is no report id's. */
  NOT_FOUND: { status: 404, retry: true },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, retry: false },
  /** The body is over `reportUploadLimits.bodyBytes`. */
  PAYLOAD_TOO_LARGE: { status: 413, retry: false },
  /** The decoded PDF is over `reportUploadLimits.pdfBytes`. */
  PDF_TOO_LARGE: { status: 413, retry: false },
  /** Not JSON, or not `reportUploadRequest` (the message names the fields). */
  BAD_REQUEST: { status: 400, retry: false },
  /** The body's `reportId` is not the path's. */
  REPORT_ID_MISMATCH: { status: 400, retry: false },
  /** The decoded bytes do not start with `%PDF-`. */
  NOT_PDF: { status: 400, retry: false },
  /** The decoded bytes' sha256 is not `sha256`. */
  SHA256_MISMATCH: { status: 400, retry: false },
  /** This kiosk already uploaded another PDF under this report id. */
  REPORT_CONFLICT: { status: 409, retry: false },
  /**
   * This kiosk has not (yet) sent the `report.generated` event of this id, with
   * this sha256: only the kiosk that made a report may publish it. Retried: the
   * event may still be on its way.
   */
  REPORT_UNKNOWN: { status: 409, retry: true },
  /** The backoffice has no BACKOFFICE_PUBLIC_URL: it publishes nothing until it is set. */
  LINKS_OFF: { status: 503, retry: true },
  /** PostgreSQL is out of reach. */
  SERVICE_UNAVAILABLE: { status: 503, retry: true },
  INTERNAL_SERVER_ERROR: { status: 500, retry: true },
} as const satisfies Record<string, { status: number; retry: boolean }>;
export type ReportUploadErrorCode = keyof typeof reportUploadErrors;

/** The refusals only the upload has; the rest are the backoffice's ordinary codes. */
export const reportUploadRefusals = [
  "PDF_TOO_LARGE",
  "REPORT_ID_MISMATCH",
  "NOT_PDF",
  "SHA256_MISMATCH",
  "REPORT_CONFLICT",
  "REPORT_UNKNOWN",
  "LINKS_OFF",
] as const satisfies readonly ReportUploadErrorCode[];
export type ReportUploadRefusal = (typeof reportUploadRefusals)[number];

/** Any answer but 200. */
export const reportUploadError = z.object({
  error: z.object({ code: z.string(), message: z.string() }),
});
export type ReportUploadError = z.infer<typeof reportUploadError>;
