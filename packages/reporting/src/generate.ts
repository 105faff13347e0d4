import { badRequest, parseInput, type VerbArgs } from "@kiosk/core";
import { deliveries, reports, sessions, type Actor, type DeliveryRow, type SessionRow, type Tx } from "@kiosk/db";
import { eq } from "drizzle-orm";
import type { ReportingCtx, ReportingDeps } from "./deps";
import { reportEntitlement } from "./entitlement";
import { removePdf, storePdf } from "./pdf-store";
import {
  diagnosticsReportInput,
  thicknessReportInput,
  type DeliverTo,
  type DiagnosticsReportInput,
  type ReportView,
  type ThicknessReportInput,
} from "./schemas";
import { diagnosticsTemplateVersion, renderDiagnosticsPdf } from "./templates/diagnostics";
import type { ReportContext } from "./templates/layout";
import { renderThicknessPdf, thicknessTemplateVersion } from "./templates/thickness";
import { assessThickness } from "./thickness";
import { loadReport, toDeliveryEvent, toReportView } from "./view";

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
  sessionId: string;
  data: Record<string, unknown>;
  deliverTo: DeliverTo | undefined;
  templateVersion: string;
  render: (context: ReportContext) => Promise<Buffer>;
}

/**
 * Checks the entitlement, renders and stores the PDF, then commits the report
 * row, one delivery row per channel, the recipients recorded on the session and
 * the audit rows together, checking the entitlement again inside. A failed
 * commit removes the file again.
 */
async function generate({ deps, actor }: ReportingCtx, draft: Draft): Promise<ReportView> {
  const id = deps.ids("rpt");
  const createdAt = deps.clock.now();
  recipientsOf(reportEntitlement(deps, deps.db, draft.sessionId, draft.type).session, draft.deliverTo);
  const pdf = await draft.render({
    reportId: id,
    createdAt,
    companyName: deps.config.reports.companyName,
    timeZone: deps.config.timezone,
    demo: deps.config.environment === "DEV",
    fonts: deps.fonts,
  });
  const stored = await storePdf(deps.reportsDir, id, pdf);
  let rows: DeliveryRow[];
  try {
    rows = deps.db.transaction((tx) => {
      const { session, paymentId } = reportEntitlement(deps, tx, draft.sessionId, draft.type);
      const targets = recipientsOf(session, draft.deliverTo);
      tx.insert(reports)
        .values({
          id,
          sessionId: session.id,
          paymentId,
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
      deps.audit(tx, {
        actor,
        event: "report.generated",
        entityType: "report",
        entityId: id,
        details: { sessionId: session.id, paymentId, type: draft.type, sha256: stored.sha256, recipients: targets },
        at: createdAt,
      });
      if (draft.deliverTo) recordRecipients(deps, tx, session, draft.deliverTo, id, actor, createdAt);
      return inserted;
    });
  } catch (error) {
    await removePdf(deps.reportsDir, stored.filePath);
    throw error;
  }
  deps.metrics.reportsGenerated.inc({ type: draft.type });
  for (const row of rows) deps.deliveryHub.publish(id, toDeliveryEvent(row));
  deps.onQueued?.();
  return toReportView(loadReport(deps.db, id), rows);
}

/**
 * The customer's `deliverTo` (the seed's `contact` argument) replaces the session's
 * contact: the session records where its report went, and the audit log says so.
 */
function recordRecipients(
  deps: Pick<ReportingDeps, "audit">,
  tx: Tx,
  session: SessionRow,
  deliverTo: DeliverTo,
  reportId: string,
  actor: Actor,
  at: number,
): void {
  tx.update(sessions)
    .set({ contactEmail: deliverTo.email ?? null, contactPhone: deliverTo.phone ?? null, updatedAt: at })
    .where(eq(sessions.id, session.id))
    .run();
  deps.audit(tx, {
    actor,
    event: "session.contact_changed",
    entityType: "session",
    entityId: session.id,
    details: { reportId, contact: deliverTo },
    at,
  });
}

/** An OBD-II diagnostics report for a paid session, queued for delivery. */
export async function generateDiagnosticsReport({
  ctx,
  input: raw,
}: VerbArgs<ReportingCtx, DiagnosticsReportInput>): Promise<ReportView> {
  const { metrics } = ctx.deps;
  const input = parseInput(diagnosticsReportInput, raw);
  const { deliverTo, ...data } = input;
  const report = await generate(ctx, {
    type: "diagnostics",
    sessionId: input.sessionId,
    data,
    deliverTo,
    templateVersion: diagnosticsTemplateVersion,
    render: (context) => renderDiagnosticsPdf(input, context),
  });
  metrics.diagnosticsScans.inc({ result: input.dtcCodes.length > 0 ? "faults" : "clean" });
  for (const dtc of input.dtcCodes) metrics.diagnosticsDtcFound.inc({ severity: dtc.severity });
  if (input.scanDurationSeconds !== undefined) metrics.diagnosticsDuration.observe(input.scanDurationSeconds);
  return report;
}

/** A paint thickness report; every verdict and the summary are computed here from the thresholds. */
export async function generateThicknessReport({
  ctx,
  input: raw,
}: VerbArgs<ReportingCtx, ThicknessReportInput>): Promise<ReportView> {
  const input = parseInput(thicknessReportInput, raw);
  const { thresholds } = ctx.deps.config.reports;
  const assessment = assessThickness(input, thresholds);
  const { deliverTo, measurements: _measurements, ...rest } = input;
  return generate(ctx, {
    type: "thickness",
    sessionId: input.sessionId,
    data: { ...rest, thresholds, zones: assessment.zones, summary: assessment.summary },
    deliverTo,
    templateVersion: thicknessTemplateVersion,
    render: (context) => renderThicknessPdf(input, assessment, context, thresholds),
  });
}
