import { maskContact, notFound } from "@kiosk/core";
import { deliveries, reportUploads, reports, type DbOrTx, type DeliveryRow, type ReportRow } from "@kiosk/db";
import { asc, eq } from "drizzle-orm";
import type { DeliveryEvent } from "./deps";
import type { DeliveryView, ReportView } from "./schemas";

export function toDeliveryView(row: DeliveryRow): DeliveryView {
  return {
    id: row.id,
    round: row.round,
    channel: row.channel,
    provider: row.provider,
    recipient: maskContact(row.recipient),
    status: row.status,
    attempts: row.attempts,
    nextAttemptAt: row.nextAttemptAt,
    lastError: row.lastError,
    sentAt: row.sentAt,
  };
}

export const toDeliveryEvent = (row: DeliveryRow): DeliveryEvent => ({
  ...toDeliveryView(row),
  reportId: row.reportId,
});

/** A report as the API shows it: never the file path, never a full recipient. */
export function toReportView(report: ReportRow, rows: DeliveryRow[], link: string | null): ReportView {
  return {
    id: report.id,
    sessionId: report.sessionId,
    type: report.type,
    paymentId: report.paymentId,
    resends: report.resends,
    data: report.data as Record<string, unknown>,
    sha256: report.sha256,
    bytes: report.bytes,
    templateVersion: report.templateVersion,
    createdAt: report.createdAt,
    deliveries: rows.map(toDeliveryView),
    link,
  };
}

/** The customer's link to the report, once the backoffice has acknowledged its upload. */
export const linkOf = (db: DbOrTx, reportId: string): string | null =>
  db.select({ link: reportUploads.link }).from(reportUploads).where(eq(reportUploads.reportId, reportId)).get()?.link ??
  null;

export function loadReport(db: DbOrTx, id: string): ReportRow {
  const row = db.select().from(reports).where(eq(reports.id, id)).get();
  if (!row) throw notFound("report", id);
  return row;
}

export const deliveriesOf = (db: DbOrTx, reportId: string) =>
  db
    .select()
    .from(deliveries)
    .where(eq(deliveries.reportId, reportId))
    .orderBy(asc(deliveries.round), asc(deliveries.channel))
    .all();
