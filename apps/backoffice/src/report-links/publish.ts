import { createHash } from "node:crypto";
import { internalError, parseInput, type VerbArgs } from "@kiosk/core";
import {
  reportUploadLimits,
  reportUploadRequest,
  type ReportUploadAnswer,
  type ReportUploadRequest,
} from "@kiosk/fleet-contract";
import { and, eq, lte, sql } from "drizzle-orm";
import type { BackofficeDb } from "../db";
import { uploadRefusal } from "../errors";
import { fleetEvents, reportLinks } from "../schema";
import { linkTokenHash, newLinkToken, sealLinkToken, unsealLinkToken, type LinkOwner } from "./tokens";

export interface PublishCtx {
  db: BackofficeDb;
  /** `BACKOFFICE_PUBLIC_URL`, without its trailing slash (see `linksOn`). */
  publicUrl: string;
  ttlDays: number;
  /** The kiosk the bearer token named, and that token. */
  kioskId: string;
  kioskToken: string;
}

/** The public URL links are built on, or LINKS_OFF (503: the kiosk retries) when there is none. */
export function linksOn(publicUrl: string | undefined): string {
  if (!publicUrl) throw uploadRefusal("LINKS_OFF", "report links are off: BACKOFFICE_PUBLIC_URL is not set");
  return publicUrl;
}

/** What became of an upload that was answered 200. */
export type PublishOutcome = "stored" | "duplicate";

/** The report's PDF, checked against what the kiosk says it is. */
function pdfOf(input: ReportUploadRequest): Buffer {
  // The schema has checked the characters and the padding: the decoded size is exact.
  const padding = input.pdfBase64.endsWith("==") ? 2 : input.pdfBase64.endsWith("=") ? 1 : 0;
  const size = (input.pdfBase64.length / 4) * 3 - padding;
  if (size > reportUploadLimits.pdfBytes) {
    throw uploadRefusal("PDF_TOO_LARGE", `the PDF is over ${reportUploadLimits.pdfBytes} bytes`);
  }
  const pdf = Buffer.from(input.pdfBase64, "base64");
  if (!pdf.subarray(0, 5).equals(Buffer.from("%PDF-"))) throw uploadRefusal("NOT_PDF", "the bytes are not a PDF");
  if (createHash("sha256").update(pdf).digest("hex") !== input.sha256) {
    throw uploadRefusal("SHA256_MISMATCH", "the PDF's sha256 is not the one sent");
  }
  return pdf;
}

/**
 * Publishes a kiosk's report: stores its PDF and page once per (kiosk, report
 * id) and answers its link. The same PDF again (a retry after a lost answer)
 * gets the same link and expiry, and changes nothing stored, not even the
 * page; another PDF under the id is REPORT_CONFLICT. A link that has expired
 * is never revived: an upload after that makes a new one. Expiry is
 * PostgreSQL's time of the first upload plus `ttlDays`.
 */
export async function publishReport({
  ctx,
  input,
}: VerbArgs<PublishCtx, { pathReportId: string; body: unknown }>): Promise<{
  answer: ReportUploadAnswer;
  outcome: PublishOutcome;
}> {
  const request = parseInput(reportUploadRequest, input.body);
  if (request.reportId !== input.pathReportId) {
    throw uploadRefusal("REPORT_ID_MISMATCH", "the body's reportId is not the path's");
  }
  const pdf = pdfOf(request);
  const owner: LinkOwner = { kioskId: ctx.kioskId, reportId: request.reportId, kioskToken: ctx.kioskToken };
  const key = and(eq(reportLinks.kioskId, ctx.kioskId), eq(reportLinks.reportId, request.reportId));
  const stored = await ctx.db.transaction(async (tx) => {
    await assertMadeBy(tx, ctx.kioskId, request.reportId, request.sha256);
    await tx.delete(reportLinks).where(and(key, lte(reportLinks.expiresAt, sql`now()`)));
    const token = newLinkToken();
    const [inserted] = await tx
      .insert(reportLinks)
      .values({
        kioskId: ctx.kioskId,
        reportId: request.reportId,
        type: request.type,
        sha256: request.sha256,
        pdf,
        pdfBytes: pdf.length,
        page: request.page,
        tokenHash: linkTokenHash(token),
        tokenSealed: sealLinkToken(token, owner),
        reportCreatedAt: new Date(request.createdAt),
        expiresAt: sql`now() + make_interval(days => ${ctx.ttlDays})`,
      })
      .onConflictDoNothing({ target: [reportLinks.kioskId, reportLinks.reportId] })
      .returning({ expiresAt: reportLinks.expiresAt });
    if (inserted) return { token, expiresAt: inserted.expiresAt, outcome: "stored" as const };
    // Another upload of this id holds the row (committed, or it would have waited for it).
    const [existing] = await tx
      .select({ sha256: reportLinks.sha256, sealed: reportLinks.tokenSealed, expiresAt: reportLinks.expiresAt })
      .from(reportLinks)
      .where(key)
      .for("update");
    if (!existing) throw internalError(new Error("the report's row went away mid-upload"));
    if (existing.sha256 !== request.sha256) {
      throw uploadRefusal("REPORT_CONFLICT", "this kiosk uploaded another PDF under this report id");
    }
    const kept = unsealLinkToken(existing.sealed, owner);
    if (kept) return { token: kept, expiresAt: existing.expiresAt, outcome: "duplicate" as const };
    // The kiosk's fleet token has changed since: the old token cannot be had back, so the link is made anew.
    await tx
      .update(reportLinks)
      .set({ tokenHash: linkTokenHash(token), tokenSealed: sealLinkToken(token, owner) })
      .where(key);
    return { token, expiresAt: existing.expiresAt, outcome: "duplicate" as const };
  });
  return {
    answer: {
      reportId: request.reportId,
      link: `${ctx.publicUrl}/r/${stored.token}`,
      expiresAt: stored.expiresAt.getTime(),
    },
    outcome: stored.outcome,
  };
}

type Tx = Parameters<Parameters<PublishCtx["db"]["transaction"]>[0]>[0];

/**
 * Only the kiosk that made a report may publish it: its own `report.generated`
 * event must be here, naming this PDF's sha256 (the kiosk pushes its events
 * before its uploads; until the event lands the upload is retried).
 */
async function assertMadeBy(tx: Tx, kioskId: string, reportId: string, sha256: string): Promise<void> {
  const [made] = await tx
    .select({ payload: fleetEvents.payload })
    .from(fleetEvents)
    .where(
      and(
        eq(fleetEvents.kioskId, kioskId),
        eq(fleetEvents.entityType, "report"),
        eq(fleetEvents.entityId, reportId),
        eq(fleetEvents.event, "report.generated"),
      ),
    )
    .limit(1);
  if (!made) throw uploadRefusal("REPORT_UNKNOWN", "this kiosk has not reported making this report");
  const details = made.payload.details as { sha256?: unknown } | undefined;
  if (details?.sha256 !== sha256) {
    throw uploadRefusal("REPORT_CONFLICT", "this is not the PDF this kiosk reported making under this id");
  }
}
