import { badRequest, conflict, notFound } from "@kiosk/core";
import {
  audit,
  deliveries,
  payments,
  reports,
  sessions,
  type Actor,
  type DeliveryRow,
  type SessionRow,
} from "@kiosk/db";
import { and, eq } from "drizzle-orm";
import type { ReportingDeps } from "./deps";
import { removePdf, storePdf } from "./pdf-store";
import type { DeliverTo, DiagnosticsReportInput, ReportView, ThicknessReportInput } from "./schemas";
import { diagnosticsTemplateVersion, renderDiagnosticsPdf } from "./templates/diagnostics";
import type { ReportContext } from "./templates/layout";
import { renderThicknessPdf, thicknessTemplateVersion } from "./templates/thickness";
import { assessThickness } from "./thickness";
import { loadReport, toDeliveryEvent, toReportView } from "./view";

/** The session a report is for, refused unless it is paid (while `reports.requirePayment` is on). */
function loadPaidSession(deps: ReportingDeps, sessionId: string): SessionRow {
  const session = deps.db.select().from(sessions).where(eq(sessions.id, sessionId)).get();
  if (!session) throw notFound("session", sessionId);
  if (deps.config.reports.requirePayment) {
    const paid = deps.db
      .select({ id: payments.id })
      .from(payments)
      .where(and(eq(payments.sessionId, sessionId), eq(payments.status, "confirmed")))
      .get();
    if (!paid) throw conflict("a report needs a confirmed payment for the session", { sessionId });
  }
  return session;
}

function recipientsOf(
  session: SessionRow,
  deliverTo: DeliverTo | undefined,
): Array<{ channel: "email" | "sms"; recipient: string }> {
  const email = deliverTo ? deliverTo.email : session.contactEmail;
  const phone = deliverTo ? deliverTo.phone : session.contactPhone;
  const list = [
    ...(email ? [{ channel: "email" as const, recipient: email }] : []),
    ...(phone ? [{ channel: "sms" as const, recipient: phone }] : []),
  ];
  if (list.length === 0) throw badRequest("nowhere to deliver the report: no email or phone", { field: "deliverTo" });
  return list;
}

interface Draft {
  type: "diagnostics" | "thickness";
  session: SessionRow;
  data: Record<string, unknown>;
  deliverTo: DeliverTo | undefined;
  templateVersion: string;
  render: (context: ReportContext) => Promise<Buffer>;
}

/**
 * Renders and stores the PDF, then commits the report row, one delivery row per
 * channel and the audit row together. A failed commit removes the file again.
 */
async function generate(deps: ReportingDeps, draft: Draft, actor: Actor): Promise<ReportView> {
  const id = deps.ids("rpt");
  const createdAt = deps.clock.now();
  const targets = recipientsOf(draft.session, draft.deliverTo);
  const pdf = await draft.render({
    reportId: id,
    createdAt,
    companyName: deps.config.reports.companyName,
    demo: deps.config.environment === "DEV",
  });
  const stored = await storePdf(deps.storagePath, id, pdf);
  let rows: DeliveryRow[];
  try {
    rows = deps.db.transaction((tx) => {
      tx.insert(reports)
        .values({
          id,
          sessionId: draft.session.id,
          type: draft.type,
          data: draft.data,
          ...stored,
          templateVersion: draft.templateVersion,
          createdAt,
        })
        .run();
      const inserted = tx
        .insert(deliveries)
        .values(
          targets.map((target) => ({
            id: deps.ids("dlv"),
            reportId: id,
            channel: target.channel,
            provider: deps.channels[target.channel].provider,
            recipient: target.recipient,
            status: "pending" as const,
            attempts: 0,
            nextAttemptAt: createdAt,
            createdAt,
          })),
        )
        .returning()
        .all();
      audit(tx, {
        actor,
        event: "report.generated",
        entityType: "report",
        entityId: id,
        details: { sessionId: draft.session.id, type: draft.type, sha256: stored.sha256, recipients: targets },
        at: createdAt,
      });
      return inserted;
    });
  } catch (error) {
    await removePdf(deps.storagePath, stored.filePath);
    throw error;
  }
  deps.metrics.reportsGenerated.inc({ type: draft.type });
  for (const row of rows) deps.deliveryHub.publish(id, toDeliveryEvent(row));
  deps.onQueued?.();
  return toReportView(loadReport(deps.db, id), rows);
}

/** An OBD-II diagnostics report for a paid session, queued for delivery. */
export async function generateDiagnosticsReport(
  deps: ReportingDeps,
  input: DiagnosticsReportInput,
  actor: Actor,
): Promise<ReportView> {
  const session = loadPaidSession(deps, input.sessionId);
  if (session.type !== "diagnostics") throw conflict(`session ${session.id} is for ${session.type}, not diagnostics`);
  const { deliverTo, ...data } = input;
  const report = await generate(
    deps,
    {
      type: "diagnostics",
      session,
      data,
      deliverTo,
      templateVersion: diagnosticsTemplateVersion,
      render: (context) => renderDiagnosticsPdf(input, context),
    },
    actor,
  );
  deps.metrics.diagnosticsScans.inc({ result: input.dtcCodes.length > 0 ? "faults" : "clean" });
  for (const dtc of input.dtcCodes) deps.metrics.diagnosticsDtcFound.inc({ severity: dtc.severity });
  deps.metrics.diagnosticsDuration.observe(input.scanDurationSeconds);
  return report;
}

/** A paint thickness report; every verdict and the summary are computed here from the thresholds. */
export async function generateThicknessReport(
  deps: ReportingDeps,
  input: ThicknessReportInput,
  actor: Actor,
): Promise<ReportView> {
  const session = loadPaidSession(deps, input.sessionId);
  if (session.type !== "thickness") throw conflict(`session ${session.id} is for ${session.type}, not thickness`);
  const { thresholds } = deps.config.reports;
  const assessment = assessThickness(input, thresholds);
  const { deliverTo, measurements: _measurements, ...rest } = input;
  return generate(
    deps,
    {
      type: "thickness",
      session,
      data: { ...rest, thresholds, zones: assessment.zones, summary: assessment.summary },
      deliverTo,
      templateVersion: thicknessTemplateVersion,
      render: (context) => renderThicknessPdf(input, assessment, context, thresholds),
    },
    actor,
  );
}
