import { z } from "zod";
import { auditChainBatch, auditChainHead } from "./chain";
import { epochMs, idText, kopecks, storableJsonObject, storableText } from "./fields";

/**
 * The audit events the fleet backoffice receives: sessions started and ended,
 * payments created, settled and refunded (late successes too), reports made and
 * deliveries settled. Webhook noise and contact edits stay on the kiosk.
 */
export const fleetEventNames = [
  "session.created",
  "session.completed",
  "session.failed",
  "session.cancelled",
  "session.expired",
  "payment.created",
  "payment.confirmed",
  "payment.failed",
  "payment.expired",
  "payment.cancelled",
  "payment.refunded",
  "payment.partially_refunded",
  "payment.late_success",
  "payment.amount_mismatch",
  "payment.refund_succeeded",
  "payment.refund_canceled",
  "report.generated",
  "report.resent",
  "delivery.sent",
  "delivery.dead",
  "delivery.redriven",
] as const;
export type FleetEventName = (typeof fleetEventNames)[number];

const names = new Set<string>(fleetEventNames);
export const isFleetEvent = (event: string): event is FleetEventName => names.has(event);

export const fleetEntityTypes = ["session", "payment", "report", "delivery"] as const;

/**
 * A payment as committed on the kiosk when the event was written. `version` is
 * the kiosk's per-payment change counter: the backoffice's projection moves only
 * to a strictly higher one, so a replayed or overtaken event never moves a
 * payment back.
 */
export const paymentSnapshot = z
  .object({
    sessionId: idText,
    amount: kopecks,
    currency: z.string().regex(/^[A-Z]{3}$/),
    status: z.string().regex(/^[a-z_]{1,40}$/),
    refundedAmount: kopecks,
    provider: z.string().regex(/^[a-z0-9_-]{1,40}$/),
    createdAt: epochMs,
    confirmedAt: epochMs.nullable(),
    updatedAt: epochMs,
    // Absent from agents older than the counter: such an event is stored, and moves
    // only a projection that has never had a versioned one (see the backoffice's ingest).
    version: z.number().int().min(1).max(2_147_483_647).optional(),
  })
  .strict()
  .refine((p) => p.refundedAmount <= p.amount, { message: "refundedAmount exceeds amount", path: ["refundedAmount"] });
export type PaymentSnapshot = z.infer<typeof paymentSnapshot>;

const eventBase = {
  eventId: z
    .string()
    .min(1)
    .max(64)
    .regex(/^[A-Za-z0-9_-]+$/),
  event: z.enum(fleetEventNames),
  entityId: idText,
  at: epochMs,
};

/** The audit details, masked on the kiosk. */
const details = storableJsonObject;

const otherEvent = <T extends "session" | "report" | "delivery">(entityType: T) =>
  z
    .object({
      ...eventBase,
      entityType: z.literal(entityType),
      payload: z.object({ details, snapshot: storableJsonObject.nullable() }).strict(),
    })
    .strict();

/** One event as a kiosk's fleet outbox sends it, with the entity's snapshot after the change. */
export const fleetEvent = z.discriminatedUnion("entityType", [
  z
    .object({
      ...eventBase,
      entityType: z.literal("payment"),
      payload: z.object({ details, snapshot: paymentSnapshot.nullable() }).strict(),
    })
    .strict(),
  otherEvent("session"),
  otherEvent("report"),
  otherEvent("delivery"),
]);
export type FleetEvent = z.infer<typeof fleetEvent>;

/** A kiosk's batch. Events are checked one by one, so one bad event is refused alone, never its batch. */
export const ingestRequest = z
  .object({
    kioskId: idText,
    version: storableText(40).optional(),
    /** The kiosk's IANA time zone ("Europe/Moscow"): the console shows its times, and counts its day, in it. */
    timeZone: z
      .string()
      .regex(/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+){0,2}$/, "must be an IANA time zone")
      .max(64)
      .optional(),
    /** Its devices as its catalog shows them: `{ obd: { driver, ready, error }, gauge: ... }`. */
    devices: storableJsonObject.optional(),
    events: z.array(z.custom<FleetEvent>(() => true)).max(5_000),
    // The audit chain's links since the backoffice's head (chain.ts); absent from agents before the chain,
    // and never sent to a backoffice whose answers carry no `auditChain` (it would refuse the field).
    auditChain: auditChainBatch.optional(),
  })
  .strict();
export type IngestRequest = z.infer<typeof ingestRequest>;

/** An event the backoffice will not store, with why: the kiosk sets it aside and carries on. */
export const refusedEvent = z.object({
  index: z.number().int().min(0),
  eventId: z.string().nullable(),
  field: z.string(),
  message: z.string(),
});
export type RefusedEvent = z.infer<typeof refusedEvent>;

/** The backoffice's answer to a batch: every event is stored (new or duplicate) or refused. */
export const ingestAnswer = z.object({
  accepted: z.number().int().min(0),
  duplicates: z.number().int().min(0),
  // A backoffice from before per-event answers refuses nothing by itself.
  refused: z.array(refusedEvent).default([]),
  // The kiosk's audit chain head as the backoffice holds it (null: no link yet); absent from a
  // backoffice before the chain, which is how the agent knows not to send the links.
  auditChain: auditChainHead.nullable().optional(),
});
export type IngestAnswer = z.infer<typeof ingestAnswer>;

/** Checks one event of a batch; the first issue names the field. */
export function checkFleetEvent(
  raw: unknown,
  index: number,
): { ok: true; event: FleetEvent } | { ok: false; refused: RefusedEvent } {
  const parsed = fleetEvent.safeParse(raw);
  if (parsed.success) return { ok: true, event: parsed.data };
  const issue = parsed.error.issues[0];
  const eventId = (raw as { eventId?: unknown } | null)?.eventId;
  return {
    ok: false,
    refused: {
      index,
      eventId: typeof eventId === "string" ? eventId.slice(0, 64) : null,
      field: issue?.path.map(String).join(".") || "(event)",
      message: issue?.message ?? "invalid event",
    },
  };
}
