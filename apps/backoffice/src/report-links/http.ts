import type { IncomingMessage, ServerResponse } from "node:http";
import { DomainError } from "@kiosk/core";
import { reportUploadLimits } from "@kiosk/fleet-contract";
import type { BackofficeConfig } from "../config";
import type { BackofficeDb } from "../db";
import { httpAnswerOf } from "../errors";
import { assertJson, bearer, readJson, sendJson } from "../http";
import type { BackofficeMetrics } from "../metrics";
import { authenticateKiosk } from "../tokens";
import { auditedNetwork } from "./address";
import { openReportLink, type OpeningKind } from "./open";
import {
  expiredPage,
  linkHeaders,
  notFoundPage,
  pageHeaders,
  pdfFileName,
  reportPage,
  tooManyPage,
  unavailablePage,
} from "./page";
import { linksOn, publishReport } from "./publish";
import type { LinkRateLimiter } from "./rate-limit";

export interface ReportLinkRoutes {
  /** `PUT /api/fleet/reports/:reportId`, the path's id already matched. */
  upload(req: IncomingMessage, res: ServerResponse, reportId: string): Promise<void>;
  /** `GET /r/...` (and HEAD): a link's page or its PDF. */
  open(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void>;
}

export interface ReportLinkDeps {
  db: BackofficeDb;
  config: BackofficeConfig;
  metrics: BackofficeMetrics;
  rateLimiter: LinkRateLimiter;
  /** Who a request is from (`clientAddressOf`): what the rate limit counts. */
  clientIp(req: IncomingMessage): string;
  /** Notes what a request failed with, for its one log line. */
  onFailure(req: IncomingMessage, error: unknown): void;
}

export const reportUploadRoute = /^\/api\/fleet\/reports\/([A-Za-z0-9_-]{1,64})$/;

/** What the upload metric calls a failure (a 404 is no upload: the path matched no report id). */
function uploadOutcome(error: unknown) {
  const { status, body } = httpAnswerOf(error);
  if (body.error.code === "LINKS_OFF") return "links_off";
  if (body.error.code === "REPORT_CONFLICT") return "conflict";
  if (status === 401 || status === 403) return "unauthorized";
  if (status === 413) return "too_large";
  if (status === 400 || status === 415) return "invalid";
  return status >= 500 ? "error" : null;
}

function decodedPath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

function sendHtml(res: ServerResponse, status: number, html: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { ...pageHeaders, ...headers, "content-length": Buffer.byteLength(html) });
  res.end(html);
}

/** The report links' two routes: kiosks upload, customers open. */
export function reportLinkRoutes(deps: ReportLinkDeps): ReportLinkRoutes {
  const { db, config, metrics } = deps;

  async function upload(req: IncomingMessage, res: ServerResponse, reportId: string): Promise<void> {
    try {
      // The token and the config are checked before a byte of the body is read.
      const token = bearer(req.headers.authorization);
      if (!token) throw new DomainError("UNAUTHORIZED", "a kiosk token is required");
      const kioskId = await authenticateKiosk({ db, config }, token);
      const publicUrl = linksOn(config.publicUrl);
      assertJson(req);
      const body = await readJson(req, reportUploadLimits.bodyBytes);
      const ctx = { db, publicUrl, ttlDays: config.reportLinkTtlDays, kioskId, kioskToken: token };
      const { answer, outcome } = await publishReport({ ctx, input: { pathReportId: reportId, body } });
      metrics.reportUploads.inc({ outcome });
      sendJson(res, 200, answer);
    } catch (error) {
      const outcome = uploadOutcome(error);
      if (outcome) metrics.reportUploads.inc({ outcome });
      throw error;
    }
  }

  async function open(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
    // A messenger may take the sentence's last mark into the link ("…/r/<token>." or "»"): no
    // token ends in anything but [A-Za-z0-9_-], so what does is cut off before the lookup.
    const rest = decodedPath(pathname.slice("/r/".length)).replace(/[^A-Za-z0-9_-]+$/, "");
    const kind: OpeningKind = rest.endsWith("/pdf") ? "pdf" : "page";
    const token = kind === "pdf" ? rest.slice(0, -"/pdf".length) : rest;
    const ip = deps.clientIp(req);
    try {
      const rate = await deps.rateLimiter.take(ip);
      if (!rate.allowed) {
        metrics.linkOpenings.inc({ kind, outcome: "rate_limited" });
        return sendHtml(res, 429, tooManyPage(), { "retry-after": String(rate.retryAfterSeconds) });
      }
      const count = req.method === "GET";
      const opening = await openReportLink({ ctx: { db }, input: { token, kind, network: auditedNetwork(ip), count } });
      metrics.linkOpenings.inc({ kind, outcome: opening.outcome });
      if (opening.outcome === "not_found") return sendHtml(res, 404, notFoundPage());
      if (opening.outcome === "expired") return sendHtml(res, 410, expiredPage());
      const { report } = opening;
      if (kind === "page") return sendHtml(res, 200, reportPage(report, token));
      const pdf = report.pdf ?? Buffer.alloc(0);
      res.writeHead(200, {
        ...linkHeaders,
        "content-type": "application/pdf",
        "content-disposition": `attachment; filename="${pdfFileName(report)}"`,
        "content-length": pdf.length,
      });
      res.end(pdf);
    } catch (error) {
      // A customer gets a page, not JSON, and nothing of the cause; the log line gets it.
      deps.onFailure(req, error);
      if (res.headersSent) return void res.destroy();
      sendHtml(res, httpAnswerOf(error).status, unavailablePage());
    }
  }

  return { upload, open };
}
