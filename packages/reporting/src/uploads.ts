import {
  deliveries,
  reportUploads,
  systemActor,
  type DeliveryRow,
  type ReportRow,
  type ReportUploadRow,
  type Tx,
} from "@kiosk/db";
import { and, asc, eq, gt, lte } from "drizzle-orm";
import type { ReportingDeps } from "./deps";
import { readPdf } from "./pdf-store";
import { loadReport, toDeliveryEvent } from "./view";

const serviceTitles = { diagnostics: "Диагностика OBD-II", thickness: "Толщинометрия ЛКП" } as const;
const vehicleTypes: Record<string, string> = { sedan: "седан", hatchback: "хэтчбек", minivan: "минивэн" };

/** What the backoffice's link page shows of a report: no contact, nothing but the service's result. */
export interface LinkPage {
  service: string;
  vehicle: string | null;
  timeZone: string;
  kioskName: string;
  verdict: "normal" | "warning" | "critical" | null;
  summary: string[];
}

/** Uploads due now, oldest first: each is its own request to the backoffice. */
export function dueUploads(deps: Pick<ReportingDeps, "db" | "clock">, limit: number): ReportUploadRow[] {
  return deps.db
    .select()
    .from(reportUploads)
    .where(and(eq(reportUploads.state, "pending"), lte(reportUploads.nextAttemptAt, deps.clock.now())))
    .orderBy(asc(reportUploads.nextAttemptAt))
    .limit(limit)
    .all();
}

/** The report as the upload carries it: its PDF, the PDF's sha256, and the page's lines. */
export async function uploadOf(deps: ReportingDeps, reportId: string) {
  const report = loadReport(deps.db, reportId);
  const pdf = await readPdf(deps.reportsDir, report.filePath);
  return {
    reportId: report.id,
    type: report.type,
    createdAt: report.createdAt,
    sha256: report.sha256,
    pdfBase64: pdf.toString("base64"),
    page: linkPageOf(report, deps.config.reports.companyName, deps.config.timezone),
  };
}

function linkPageOf(report: ReportRow, kioskName: string, timeZone: string): LinkPage {
  const data = report.data as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === "string" && value.trim() !== "" ? value.trim() : null);
  const make = [text(data.vehicleMake), text(data.vehicleModel)].filter(Boolean).join(" ");
  const type = typeof data.vehicleType === "string" ? vehicleTypes[data.vehicleType] : undefined;
  const vehicle = [make, type].filter(Boolean).join(", ") || null;
  return {
    service: serviceTitles[report.type],
    vehicle,
    timeZone,
    kioskName,
    ...(report.type === "thickness" ? thicknessLines(data) : diagnosticsLines(data)),
  };
}

function thicknessLines(data: Record<string, unknown>): Pick<LinkPage, "verdict" | "summary"> {
  const summary = data.summary as
    { overall?: LinkPage["verdict"]; recommendation?: string; counts?: Record<string, number> } | undefined;
  const counts = summary?.counts;
  return {
    verdict: summary?.overall ?? null,
    summary: [
      ...(summary?.recommendation ? [summary.recommendation] : []),
      ...(counts
        ? [`Норма: ${counts.normal ?? 0}, внимание: ${counts.warning ?? 0}, критично: ${counts.critical ?? 0}`]
        : []),
    ],
  };
}

function diagnosticsLines(data: Record<string, unknown>): Pick<LinkPage, "verdict" | "summary"> {
  // A scan's report keeps codes by ECU; a report made from sent codes keeps a flat list.
  const ecus = Array.isArray(data.ecus) ? (data.ecus as Array<Record<string, unknown[]>>) : [];
  const fromEcus = ecus.flatMap((ecu) => [...(ecu.stored ?? []), ...(ecu.pending ?? []), ...(ecu.permanent ?? [])]);
  const sent: unknown[] = Array.isArray(data.dtcCodes) ? (data.dtcCodes as unknown[]) : [];
  const codeOf = (dtc: unknown) => (typeof dtc === "object" && dtc !== null && "code" in dtc ? dtc.code : dtc);
  const count = new Set([...fromEcus, ...sent].map((dtc) => String(codeOf(dtc)))).size;
  const mil = data.mil === true;
  return {
    verdict: count === 0 ? "normal" : mil ? "critical" : "warning",
    summary: [
      count === 0 ? "Неисправности не обнаружены." : `Найдено кодов неисправностей: ${count}.`,
      ...(mil ? ["Горит индикатор «Check Engine»."] : []),
    ],
  };
}

/**
 * The backoffice has the PDF and answered with the link: it is stored, the
 * report's messages still held for it go at once, and an SMS that already went
 * without it gets its one follow-up.
 */
export function markUploaded(deps: ReportingDeps, reportId: string, answer: { link: string; expiresAt: number }): void {
  const now = deps.clock.now();
  const queued = deps.db.transaction((tx) => {
    const upload = tx
      .update(reportUploads)
      .set({ state: "uploaded", link: answer.link, linkExpiresAt: answer.expiresAt, uploadedAt: now, lastError: null })
      .where(and(eq(reportUploads.reportId, reportId), eq(reportUploads.state, "pending")))
      .returning()
      .get();
    if (!upload) return [];
    tx.update(deliveries)
      .set({ nextAttemptAt: now })
      .where(
        and(eq(deliveries.reportId, reportId), eq(deliveries.status, "pending"), gt(deliveries.nextAttemptAt, now)),
      )
      .run();
    deps.audit(tx, {
      actor: systemActor,
      event: "report.link_published",
      entityType: "report",
      entityId: reportId,
      details: { expiresAt: answer.expiresAt, followUp: upload.followUp },
      at: now,
    });
    if (upload.followUp !== "owed") return [];
    // Those that went without the link; one still pending will carry it itself, and one being sent
    // now is followed up when its send is settled (followUpIfLinked).
    const without = tx
      .select()
      .from(deliveries)
      .where(
        and(
          eq(deliveries.reportId, reportId),
          eq(deliveries.channel, "sms"),
          eq(deliveries.kind, "report"),
          eq(deliveries.status, "sent"),
        ),
      )
      .all();
    return queueLinkSms(deps, tx, reportId, without, now);
  });
  for (const row of queued) deps.deliveryHub.publish(reportId, toDeliveryEvent(row));
  deps.onQueued?.();
}

/**
 * An SMS that went without the link was settled after the link landed: its
 * one follow-up is queued now, unless one already was.
 */
export function followUpIfLinked(deps: ReportingDeps, sent: DeliveryRow): void {
  const queued = deps.db.transaction((tx) => {
    const upload = tx.select().from(reportUploads).where(eq(reportUploads.reportId, sent.reportId)).get();
    if (upload?.state !== "uploaded" || upload.followUp !== "owed") return [];
    return queueLinkSms(deps, tx, sent.reportId, [sent], deps.clock.now());
  });
  for (const row of queued) deps.deliveryHub.publish(sent.reportId, toDeliveryEvent(row));
  if (queued.length > 0) deps.onQueued?.();
}

/** The follow-up SMS with the link, one per recipient that went without it; the upload's follow-up is then queued. */
function queueLinkSms(
  deps: ReportingDeps,
  tx: Tx,
  reportId: string,
  without: DeliveryRow[],
  now: number,
): DeliveryRow[] {
  const recipients = [...new Map(without.map((row) => [row.recipient, row])).values()];
  if (recipients.length === 0) return [];
  tx.update(reportUploads).set({ followUp: "queued" }).where(eq(reportUploads.reportId, reportId)).run();
  return tx
    .insert(deliveries)
    .values(
      recipients.map((row) => ({
        id: deps.ids("dlv"),
        reportId,
        channel: "sms" as const,
        kind: "link" as const,
        provider: deps.channels.sms.provider,
        recipient: row.recipient,
        round: row.round,
        status: "pending" as const,
        attempts: 0,
        nextAttemptAt: now,
        createdAt: now,
      })),
    )
    .onConflictDoNothing()
    .returning()
    .all();
}

/**
 * The backoffice refused the upload for good (no retry can succeed): the
 * report goes on without a link, its held messages at once.
 */
export function refuseUpload(deps: ReportingDeps, row: ReportUploadRow, error: string): void {
  const now = deps.clock.now();
  deps.db.transaction((tx) => {
    tx.update(reportUploads)
      .set({ state: "refused", lastError: error.slice(0, 500), attempts: row.attempts + 1 })
      .where(eq(reportUploads.reportId, row.reportId))
      .run();
    tx.update(deliveries)
      .set({ nextAttemptAt: now })
      .where(
        and(eq(deliveries.reportId, row.reportId), eq(deliveries.status, "pending"), gt(deliveries.nextAttemptAt, now)),
      )
      .run();
  });
  deps.onQueued?.();
}

/** The upload failed (the backoffice away, links off): it waits `delayMs` and is tried again. */
export function deferUpload(
  deps: Pick<ReportingDeps, "db" | "clock">,
  row: ReportUploadRow,
  error: string,
  delayMs: number,
) {
  deps.db
    .update(reportUploads)
    .set({ attempts: row.attempts + 1, nextAttemptAt: deps.clock.now() + delayMs, lastError: error.slice(0, 500) })
    .where(eq(reportUploads.reportId, row.reportId))
    .run();
}
