import type { VerbArgs } from "@kiosk/core";
import type { ReportLinkPage } from "@kiosk/fleet-contract";
import { and, eq, sql } from "drizzle-orm";
import type { BackofficeDb } from "../db";
import { linkOpenings, reportLinks } from "../schema";
import { linkTokenHash } from "./tokens";

export type OpeningKind = "page" | "pdf";

/** A link opened: what the page shows, and the PDF when it was asked for. */
export interface OpenedReport {
  page: ReportLinkPage;
  reportCreatedAt: Date;
  expiresAt: Date;
  pdfBytes: number;
  pdf: Buffer | null;
}

export type Opening = { outcome: "ok"; report: OpenedReport } | { outcome: "not_found" } | { outcome: "expired" };

export interface OpenInput {
  /** The path's token as it came, malformed or not. */
  token: string;
  kind: OpeningKind;
  /** The client's network (`auditedNetwork`), for the audit row. */
  network: string;
  /** Whether this request counts as an opening (a GET; a HEAD serves nothing). */
  count: boolean;
}

/**
 * Opens a report link. Whatever the token is, it is hashed and looked up the
 * same way, so neither a malformed token nor an unknown one answers sooner.
 * An opening that found its report is audited (kind, outcome, the client's
 * network) and, when it served the page or the PDF, counted on the row.
 * Expiry is PostgreSQL's clock against the stored `expires_at`.
 */
export async function openReportLink({ ctx, input }: VerbArgs<{ db: BackofficeDb }, OpenInput>): Promise<Opening> {
  const [row] = await ctx.db
    .select({
      kioskId: reportLinks.kioskId,
      reportId: reportLinks.reportId,
      expired: sql<boolean>`${reportLinks.expiresAt} <= now()`,
      page: reportLinks.page,
      reportCreatedAt: reportLinks.reportCreatedAt,
      expiresAt: reportLinks.expiresAt,
      pdfBytes: reportLinks.pdfBytes,
      // The page never needs the bytes: only the PDF's request reads them.
      pdf: input.kind === "pdf" ? reportLinks.pdf : sql<null>`null`,
    })
    .from(reportLinks)
    .where(eq(reportLinks.tokenHash, linkTokenHash(input.token)));
  if (!row) return { outcome: "not_found" };
  // A tombstone (its PDF and page deleted) is expired whatever its date says.
  const live = !row.expired && row.page !== null && (input.kind === "page" || row.pdf !== null);
  if (input.count) {
    await ctx.db.transaction(async (tx) => {
      await tx.insert(linkOpenings).values({
        kioskId: row.kioskId,
        reportId: row.reportId,
        kind: input.kind,
        outcome: live ? "ok" : "expired",
        addressPrefix: input.network,
      });
      if (!live) return;
      await tx
        .update(reportLinks)
        .set({ openedCount: sql`${reportLinks.openedCount} + 1`, lastOpenedAt: sql`now()` })
        .where(and(eq(reportLinks.kioskId, row.kioskId), eq(reportLinks.reportId, row.reportId)));
    });
  }
  if (!live || row.page === null) return { outcome: "expired" };
  return {
    outcome: "ok",
    report: {
      page: row.page,
      reportCreatedAt: row.reportCreatedAt,
      expiresAt: row.expiresAt,
      pdfBytes: row.pdfBytes,
      pdf: row.pdf,
    },
  };
}
