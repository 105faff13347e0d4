import { createHash } from "node:crypto";
import { conflict, DomainError, notFound } from "@kiosk/core";
import { audit, deliveries, reports, sessions, type Actor, type DeliveryRow } from "@kiosk/db";
import { and, desc, eq, inArray } from "drizzle-orm";
import type { ReportingDeps } from "./deps";
import { assertDeliveryTransition } from "./delivery-state";
import { reportFileName } from "./messages";
import { readPdf, removeOrphanPdfs } from "./pdf-store";
import type { ReportView } from "./schemas";
import { deliveriesOf, loadReport, toDeliveryEvent, toReportView } from "./view";

/** One report with its deliveries. */
export function getReport(deps: ReportingDeps, id: string): ReportView {
  return toReportView(loadReport(deps.db, id), deliveriesOf(deps.db, id));
}

/** A session's reports, newest first. */
export function listReportsBySession(deps: ReportingDeps, sessionId: string): ReportView[] {
  const rows = deps.db
    .select()
    .from(reports)
    .where(eq(reports.sessionId, sessionId))
    .orderBy(desc(reports.createdAt))
    .all();
  if (
    rows.length === 0 &&
    !deps.db.select({ id: sessions.id }).from(sessions).where(eq(sessions.id, sessionId)).get()
  ) {
    throw notFound("session", sessionId);
  }
  const all = rows.length
    ? deps.db
        .select()
        .from(deliveries)
        .where(
          inArray(
            deliveries.reportId,
            rows.map((r) => r.id),
          ),
        )
        .all()
    : [];
  return rows.map((row) =>
    toReportView(
      row,
      all.filter((d) => d.reportId === row.id),
    ),
  );
}

/** The PDF's bytes, checked against the stored hash so a damaged file is never served. */
export async function getReportPdf(
  deps: ReportingDeps,
  id: string,
): Promise<{ fileName: string; pdf: Buffer; sha256: string }> {
  const report = loadReport(deps.db, id);
  const pdf = await readPdf(deps.reportsDir, report.filePath).catch(() => {
    throw new DomainError("NOT_FOUND", `the PDF of report ${id} is missing`, { id });
  });
  if (createHash("sha256").update(pdf).digest("hex") !== report.sha256) {
    throw new DomainError("CONFLICT", `the PDF of report ${id} does not match its checksum`, { id });
  }
  return { fileName: reportFileName(report, deps.config.timezone), pdf, sha256: report.sha256 };
}

/** Operator: sends a report's dead deliveries again (dead -> pending). */
export function redeliverReport(deps: ReportingDeps, id: string, actor: Actor): ReportView {
  loadReport(deps.db, id);
  const now = deps.clock.now();
  const dead = deliveriesOf(deps.db, id).filter((d) => d.status === "dead");
  if (dead.length === 0) throw conflict(`report ${id} has no dead deliveries to send again`, { id });
  const revived = deps.db.transaction((tx) =>
    dead.map((row) => {
      assertDeliveryTransition(row.id, row.status, "pending");
      const [updated] = tx
        .update(deliveries)
        .set({ status: "pending", nextAttemptAt: now, attempts: 0, lastError: row.lastError })
        .where(and(eq(deliveries.id, row.id), eq(deliveries.status, "dead")))
        .returning()
        .all();
      audit(tx, {
        actor,
        event: "delivery.redriven",
        entityType: "delivery",
        entityId: row.id,
        details: { reportId: id, channel: row.channel },
        at: now,
      });
      return updated as DeliveryRow;
    }),
  );
  for (const row of revived) deps.deliveryHub.publish(id, toDeliveryEvent(row));
  deps.onQueued?.();
  return getReport(deps, id);
}

/**
 * The kiosk asks to send a report again (the customer did not get it, or wants it
 * once more): a new round of deliveries to the same recipients as the first, at
 * most `reports.maxResends` times, and never while a round is still on its way.
 */
export function resendReport(deps: ReportingDeps, id: string, actor: Actor): ReportView {
  const now = deps.clock.now();
  const queued = deps.db.transaction((tx) => {
    const report = loadReport(tx, id);
    const { maxResends } = deps.config.reports;
    if (report.resends >= maxResends) {
      throw conflict(`report ${id} has already been sent again ${report.resends} times`, {
        id,
        resends: report.resends,
        maxResends,
      });
    }
    const all = deliveriesOf(tx, id);
    if (all.some((d) => d.status === "pending" || d.status === "sending")) {
      throw conflict(`report ${id} is still being delivered`, { id });
    }
    const round = report.resends + 1;
    const rows = tx
      .insert(deliveries)
      .values(
        all
          .filter((d) => d.round === 0)
          .map((first) => ({
            id: deps.ids("dlv"),
            reportId: id,
            channel: first.channel,
            provider: deps.channels[first.channel].provider,
            recipient: first.recipient,
            round,
            status: "pending" as const,
            attempts: 0,
            nextAttemptAt: now,
            createdAt: now,
          })),
      )
      .returning()
      .all();
    tx.update(reports).set({ resends: round }).where(eq(reports.id, id)).run();
    audit(tx, { actor, event: "report.resent", entityType: "report", entityId: id, details: { round }, at: now });
    return rows;
  });
  for (const row of queued) deps.deliveryHub.publish(id, toDeliveryEvent(row));
  deps.onQueued?.();
  return getReport(deps, id);
}

/** Removes report files whose rows retention has purged. */
export function removePurgedReportFiles(deps: ReportingDeps): Promise<number> {
  return removeOrphanPdfs(
    deps.reportsDir,
    (id) => deps.db.select({ id: reports.id }).from(reports).where(eq(reports.id, id)).get() !== undefined,
  );
}
