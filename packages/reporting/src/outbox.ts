import { startPolling, type Worker } from "@kiosk/core";
import { deliveries, reportUploads, systemActor, type DeliveryRow } from "@kiosk/db";
import { and, eq } from "drizzle-orm";
import { ChannelError } from "./channels/types";
import type { ReportingDeps } from "./deps";
import { assertDeliveryTransition, retryDelay } from "./delivery-state";
import { claimDue, recoverInterruptedDeliveries, takeBackStaleClaims } from "./outbox-claims";
import { emailSubject, emailText, linkSmsText, reportFileName, smsText } from "./messages";
import { readPdf } from "./pdf-store";
import { followUpIfLinked } from "./uploads";
import { loadReport, toDeliveryEvent } from "./view";

/** What one send did: the provider's id, and whether it was an SMS that went while its link was still to come. */
interface Sent {
  messageId: string;
  withoutLink: boolean;
}

async function send(deps: ReportingDeps, row: DeliveryRow): Promise<Sent> {
  const report = loadReport(deps.db, row.reportId);
  const { companyName } = deps.config.reports;
  const upload = deps.db.select().from(reportUploads).where(eq(reportUploads.reportId, row.reportId)).get();
  const link = upload?.link ?? null;
  if (row.kind === "link") {
    if (!link) throw new Error("a link SMS without its link");
    const sent = await deps.channels.sms.send({
      to: row.recipient,
      text: linkSmsText(companyName, link),
      deliveryId: row.id,
    });
    return { messageId: sent.messageId, withoutLink: false };
  }
  if (row.channel === "email") {
    const pdf = await readPdf(deps.reportsDir, report.filePath);
    const sent = await deps.channels.email.send({
      to: row.recipient,
      subject: emailSubject(report, companyName),
      text: emailText(report, companyName, link),
      attachment: { filename: reportFileName(report, deps.config.timezone), content: pdf },
      deliveryId: row.id,
    });
    return { messageId: sent.messageId, withoutLink: false };
  }
  const email = deps.db
    .select({ recipient: deliveries.recipient })
    .from(deliveries)
    .where(and(eq(deliveries.reportId, row.reportId), eq(deliveries.channel, "email")))
    .get();
  // The link is late (the backoffice is away): this SMS goes without it, and one follows when it lands.
  if (upload?.state === "pending" && upload.followUp === "none") {
    deps.db.update(reportUploads).set({ followUp: "owed" }).where(eq(reportUploads.reportId, row.reportId)).run();
  }
  const sent = await deps.channels.sms.send({
    to: row.recipient,
    text: smsText(report, companyName, email?.recipient ?? null, { url: link, coming: upload?.state === "pending" }),
    deliveryId: row.id,
  });
  return { messageId: sent.messageId, withoutLink: upload?.state === "pending" };
}

/** Records one attempt's outcome: sent, a retry later, or dead. */
function settle(deps: ReportingDeps, row: DeliveryRow, outcome: Sent | { error: unknown }): void {
  const now = deps.clock.now();
  const report = loadReport(deps.db, row.reportId);
  const { maxAttempts, baseDelayMs, maxDelayMs } = deps.config.delivery;
  let next: Partial<DeliveryRow> & { status: "sent" | "pending" | "dead" };
  if ("messageId" in outcome) {
    next = { status: "sent", sentAt: now, providerMessageId: outcome.messageId, lastError: null, nextAttemptAt: null };
  } else {
    const error = outcome.error;
    const transient = error instanceof ChannelError ? error.transient : true;
    const message = (error instanceof Error ? error.message : String(error)).slice(0, 500);
    next =
      transient && row.attempts < maxAttempts
        ? {
            status: "pending",
            lastError: message,
            nextAttemptAt: now + retryDelay(row.attempts, baseDelayMs, maxDelayMs, deps.random),
          }
        : { status: "dead", lastError: message, nextAttemptAt: null };
  }
  assertDeliveryTransition(row.id, row.status, next.status);
  const updated = deps.db.transaction((tx) => {
    const [saved] = tx
      .update(deliveries)
      .set(next)
      .where(and(eq(deliveries.id, row.id), eq(deliveries.status, "sending")))
      .returning()
      .all();
    if (next.status !== "pending") {
      deps.audit(tx, {
        actor: systemActor,
        event: `delivery.${next.status}`,
        entityType: "delivery",
        entityId: row.id,
        details: {
          reportId: row.reportId,
          channel: row.channel,
          provider: row.provider,
          attempts: row.attempts,
          error: next.lastError ?? null,
        },
        at: now,
      });
    }
    return saved;
  });
  if (!updated) return;
  const labels = { type: report.type, method: row.channel };
  if (updated.status === "sent") {
    deps.metrics.reportsDelivered.inc(labels);
    deps.metrics.reportsDeliveryLatency.observe({ method: row.channel }, Math.max(0, (now - report.createdAt) / 1000));
  } else if (updated.status === "dead") {
    const permanent = "error" in outcome && outcome.error instanceof ChannelError && !outcome.error.transient;
    deps.metrics.reportsFailed.inc({ ...labels, reason: permanent ? "rejected" : "attempts_exhausted" });
  } else {
    deps.metrics.reportsDeliveryRetries.inc(labels);
  }
  deps.deliveryHub.publish(row.reportId, toDeliveryEvent(updated));
  // Sent without the link, which landed meanwhile: its follow-up goes now (markUploaded left it to us).
  if (updated.status === "sent" && "withoutLink" in outcome && outcome.withoutLink) followUpIfLinked(deps, updated);
}

/**
 * One pass of the outbox: claims what is due and sends it, at most
 * `delivery.concurrency` at a time. Returns how many attempts it made.
 */
export async function processOutbox(deps: ReportingDeps, signal?: AbortSignal): Promise<number> {
  const { concurrency } = deps.config.delivery;
  let attempts = 0;
  for (;;) {
    // Shutting down: claim nothing new; what is already claimed finishes or is taken back later.
    if (signal?.aborted) return attempts;
    takeBackStaleClaims(deps);
    const batch = claimDue(deps, concurrency);
    if (batch.length === 0) return attempts;
    for (const row of batch) deps.deliveryHub.publish(row.reportId, toDeliveryEvent(row));
    const sends = deps.sendsUnderWay;
    await Promise.all(
      batch.map(async (row) => {
        sends.add(row.id);
        try {
          settle(deps, row, await send(deps, row));
        } catch (error) {
          settle(deps, row, { error });
        } finally {
          sends.delete(row.id);
        }
      }),
    );
    attempts += batch.length;
  }
}

/** The outbox as a worker: recovers interrupted deliveries, then runs at start and every tick. */
export function startOutbox(deps: ReportingDeps, onError: (error: unknown) => void): Worker {
  recoverInterruptedDeliveries(deps);
  return startPolling((signal) => processOutbox(deps, signal), deps.config.delivery.tickMs, onError);
}
