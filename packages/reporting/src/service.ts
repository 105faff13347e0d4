import { createHash } from "node:crypto";
import { conflict, DomainError, notFound, parseInput, type VerbArgs } from "@kiosk/core";
import { deliveries, reports, sessions, type DeliveryRow } from "@kiosk/db";
import { and, desc, eq, inArray } from "drizzle-orm";
import type { ReportingCtx, ReportingDeps } from "./deps";
import { assertDeliveryTransition } from "./delivery-state";
import { reportFileName } from "./messages";
import { readPdf, removeOrphanPdfs } from "./pdf-store";
import {
  reportByIdInput,
  sessionReportsInput,
  type ReportByIdInput,
  type ReportView,
  type SessionReportsInput,
} from "./schemas";
import { deliveriesOf, linkOf, loadReport, toDeliveryEvent, toReportView } from "./view";

const reportViewOf = (deps: ReportingDeps, id: string): ReportView =>
  toReportView(loadReport(deps.db, id), deliveriesOf(deps.db, id), linkOf(deps.db, id));

/** One report with its deliveries. */
export function getReport({ ctx, input }: VerbArgs<ReportingCtx, ReportByIdInput>): ReportView {
  return reportViewOf(ctx.deps, parseInput(reportByIdInput, input).id);
}

/** A session's reports, newest first. */
export function listReportsBySession({ ctx, input }: VerbArgs<ReportingCtx, SessionReportsInput>): ReportView[] {
  const { deps } = ctx;
  const { sessionId } = parseInput(sessionReportsInput, input);
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
      linkOf(deps.db, row.id),
    ),
  );
}

/** The PDF's bytes, checked against the stored hash so a damaged file is never served. */
export async function getReportPdf({
  ctx,
  input,
}: VerbArgs<ReportingCtx, ReportByIdInput>): Promise<{ fileName: string; pdf: Buffer; sha256: string }> {
  const { deps } = ctx;
  const { id } = parseInput(reportByIdInput, input);
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
export function redeliverReport({ ctx, input }: VerbArgs<ReportingCtx, ReportByIdInput>): ReportView {
  const { deps, actor } = ctx;
  const { id } = parseInput(reportByIdInput, input);
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
      deps.audit(tx, {
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
  return reportViewOf(deps, id);
}

/**
 * The kiosk asks to send a report again (the customer did not get it, or wants it
 * once more): a new round of deliveries to the same recipients as the first, at
 * most `reports.maxResends` times, and never while a round is still on its way.
 */
export function resendReport({ ctx, input }: VerbArgs<ReportingCtx, ReportByIdInput>): ReportView {
  const { deps, actor } = ctx;
  const { id } = parseInput(reportByIdInput, input);
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
    deps.audit(tx, { actor, event: "report.resent", entityType: "report", entityId: id, details: { round }, at: now });
    return rows;
  });
  for (const row of queued) deps.deliveryHub.publish(id, toDeliveryEvent(row));
  deps.onQueued?.();
  return reportViewOf(deps, id);
}

/** Removes report files whose rows retention has purged. */
export function removePurgedReportFiles(deps: ReportingDeps): Promise<number> {
  return removeOrphanPdfs(
    deps.reportsDir,
    (id) => deps.db.select({ id: reports.id }).from(reports).where(eq(reports.id, id)).get() !== undefined,
  );
}
