import { badRequest, conflict, parseInput, type VerbArgs } from "@kiosk/core";
import { describeDtc } from "@kiosk/devices/dtc";
import {
  deliveries,
  measurements,
  reportUploads,
  reports,
  scans,
  sessions,
  type Actor,
  type DeliveryRow,
  type ScanRow,
  type SessionRow,
  type Tx,
} from "@kiosk/db";
import { desc, eq, sql } from "drizzle-orm";
import type { ReportingCtx, ReportingDeps } from "./deps";
import { reportEntitlement } from "./entitlement";
import { removePdf, storePdf } from "./pdf-store";
import {
  diagnosticsReportInput,
  fromMeasurementReportInput,
  fromScanReportInput,
  thicknessReportInput,
  type DeliverTo,
  type DiagnosticsReportInput,
  type FromMeasurementReportInput,
  type FromScanReportInput,
  type ReportView,
  type ThicknessReportInput,
} from "./schemas";
import { diagnosticsTemplateVersion, renderDiagnosticsPdf } from "./templates/diagnostics";
import type { ReportContext } from "./templates/layout";
import { ecuName, renderScanPdf, scanTemplateVersion, type ScanReportData } from "./templates/scan";
import { renderThicknessPdf, thicknessTemplateVersion } from "./templates/thickness";
import { assessThickness } from "./thickness";
import { loadReport, toDeliveryEvent, toReportView } from "./view";

function recipientsOf(
  session: SessionRow,
  deliverTo: DeliverTo | undefined,
  linkOnly: boolean,
): Array<{ channel: "email" | "sms"; recipient: string }> {
  const email = deliverTo ? deliverTo.email : session.contactEmail;
  const phone = deliverTo ? deliverTo.phone : session.contactPhone;
  const list = [
    ...(email ? [{ channel: "email" as const, recipient: email }] : []),
    ...(phone ? [{ channel: "sms" as const, recipient: phone }] : []),
  ];
  // With links, a customer who left no contact takes the report by the done screen's QR code.
  if (list.length === 0 && !linkOnly) {
    throw badRequest("nowhere to deliver the report: no email or phone", { field: "deliverTo" });
  }
  return list;
}

/** A make or model the kiosk put in the session's metadata: trimmed text of at most 60 characters, or nothing. */
const metadataText = (value: unknown): string | undefined =>
  typeof value === "string" && value.trim() !== "" ? value.trim().slice(0, 60) : undefined;

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
  recipientsOf(reportEntitlement(deps, deps.db, draft.sessionId, draft.type).session, draft.deliverTo, !!deps.links);
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
      const targets = recipientsOf(session, draft.deliverTo, !!deps.links);
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
      const inserted =
        targets.length === 0
          ? []
          : tx
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
                  // With a fleet, the messages wait for the report's link (the upload's answer releases them early).
                  nextAttemptAt: deps.links ? createdAt + deps.config.reports.linkWaitMs : createdAt,
                  createdAt,
                })),
              )
              .returning()
              .all();
      if (deps.links) {
        tx.insert(reportUploads).values({ reportId: id, state: "pending", nextAttemptAt: createdAt, createdAt }).run();
      }
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
  deps.links?.onUploadQueued?.();
  return toReportView(loadReport(deps.db, id), rows, null);
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
  const input = parseInput(diagnosticsReportInput, raw);
  const { deliverTo, ...data } = input;
  // The caller's own codes: no scan of ours, so the diagnostics_* metrics (fed by real scans) stay as they are.
  return generate(ctx, {
    type: "diagnostics",
    sessionId: input.sessionId,
    data,
    deliverTo,
    templateVersion: diagnosticsTemplateVersion,
    render: (context) => renderDiagnosticsPdf(input, context),
  });
}

/**
 * The diagnostics report of a session made from its latest finished scan (what
 * the car said, as stored), under the same one-report-per-payment rule. The
 * kiosk names the session; it sends no codes of its own.
 */
export async function generateReportFromScan({
  ctx,
  input: raw,
}: VerbArgs<ReportingCtx, FromScanReportInput>): Promise<ReportView> {
  const input = parseInput(fromScanReportInput, raw);
  const { db } = ctx.deps;
  const scan = db
    .select()
    .from(scans)
    .where(eq(scans.sessionId, input.sessionId))
    .orderBy(desc(scans.startedAt), sql`rowid desc`)
    .get();
  if (!scan || scan.state !== "done") {
    throw conflict(`session ${input.sessionId} has no finished scan to make a report from`, {
      sessionId: input.sessionId,
      reason: "NO_SCAN",
      scanState: scan?.state ?? null,
    });
  }
  const session = db.select().from(sessions).where(eq(sessions.id, input.sessionId)).get();
  const data = scanReportData(scan, session?.metadata ?? {});
  return generate(ctx, {
    type: "diagnostics",
    sessionId: input.sessionId,
    data: data as unknown as Record<string, unknown>,
    deliverTo: input.deliverTo,
    templateVersion: scanTemplateVersion,
    render: (context) => renderScanPdf(data, context),
  });
}

function scanReportData(scan: ScanRow, metadata: Record<string, unknown>): ScanReportData {
  const text = (value: unknown) => metadataText(value) ?? null;
  const described = (codes: string[]) => codes.map((code) => describeDtc(code));
  return {
    sessionId: scan.sessionId,
    scanId: scan.id,
    vehicleMake: text(metadata.vehicleMake),
    vehicleModel: text(metadata.vehicleModel),
    vin: scan.vin,
    protocol: scan.protocol,
    mil: scan.mil ?? false,
    batteryVolts: scan.batteryVolts,
    adapter: scan.adapter,
    ecus: scan.ecus.map((ecu) => ({
      address: ecu.address,
      name: ecuName(ecu.address),
      stored: described(ecu.stored),
      pending: described(ecu.pending),
      permanent: described(ecu.permanent),
    })),
    startedAt: scan.startedAt,
    endedAt: scan.endedAt ?? scan.startedAt,
  };
}

/**
 * The thickness report of a session made from its finished guided measurement:
 * the readings the gauge gave, zone by zone, with their substrates; the caller
 * names the session and nothing else.
 */
export async function generateReportFromMeasurement({
  ctx,
  input: raw,
}: VerbArgs<ReportingCtx, FromMeasurementReportInput>): Promise<ReportView> {
  const input = parseInput(fromMeasurementReportInput, raw);
  const { db } = ctx.deps;
  const measurement = db.select().from(measurements).where(eq(measurements.sessionId, input.sessionId)).get();
  if (!measurement || measurement.state !== "done") {
    throw conflict(`session ${input.sessionId} has no finished measurement to make a report from`, {
      sessionId: input.sessionId,
      reason: "NO_MEASUREMENT",
      measurementState: measurement?.state ?? null,
    });
  }
  const session = db.select().from(sessions).where(eq(sessions.id, input.sessionId)).get();
  const metadata = session?.metadata ?? {};
  const text = metadataText;
  const data: ThicknessReportInput = {
    sessionId: input.sessionId,
    vehicleType: measurement.vehicleType,
    vehicleMake: text(metadata.vehicleMake),
    vehicleModel: text(metadata.vehicleModel),
    measurements: measurement.readings.map(({ zone, valueUm }) => ({ zone, valueUm })),
    timestamp: measurement.endedAt ?? measurement.startedAt,
  };
  const { thresholds } = ctx.deps.config.reports;
  const assessment = assessThickness(
    { vehicleType: measurement.vehicleType, measurements: measurement.readings },
    thresholds,
  );
  const { deliverTo: _none, measurements: _readings, ...rest } = data;
  return generate(ctx, {
    type: "thickness",
    sessionId: input.sessionId,
    data: {
      ...rest,
      measurementId: measurement.id,
      gauge: measurement.gauge,
      thresholds,
      zones: assessment.zones,
      summary: assessment.summary,
    },
    deliverTo: input.deliverTo,
    templateVersion: thicknessTemplateVersion,
    render: (context) => renderThicknessPdf(data, assessment, context, thresholds),
  });
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
