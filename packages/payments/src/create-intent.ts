import { createHash } from "node:crypto";
import { badRequest, conflict, notFound } from "@kiosk/core";
import { audit, payments, sessions, systemActor, type Actor, type PaymentRow } from "@kiosk/db";
import { and, eq, inArray } from "drizzle-orm";
import { applyProviderPayment } from "./apply";
import type { PaymentDeps } from "./deps";
import { priceFor } from "./pricing";
import { createIntentInput, type CreateIntentInput, type PaymentView } from "./schemas";
import { publishChange, transitionInTx } from "./transition";
import { loadPayment, toPaymentView } from "./view";

const serviceNames = { diagnostics: "диагностика OBD-II", thickness: "толщинометрия ЛКП" } as const;

function requestHash(input: ReturnType<typeof createIntentInput.parse>): string {
  const canonical = JSON.stringify([
    input.sessionId,
    input.amount,
    input.currency,
    Object.entries(input.metadata ?? {}).sort(),
  ]);
  return createHash("sha256").update(canonical).digest("hex");
}

/** Stores the intent, or returns the one an earlier call with the same idempotency key made. */
function insertIntent(deps: PaymentDeps, input: ReturnType<typeof createIntentInput.parse>, actor: Actor) {
  const now = deps.clock.now();
  const hash = requestHash(input);
  return deps.db.transaction((tx) => {
    if (input.idempotencyKey) {
      const earlier = tx.select().from(payments).where(eq(payments.idempotencyKey, input.idempotencyKey)).get();
      if (earlier) {
        if (earlier.requestHash !== hash) {
          throw conflict("idempotencyKey was already used for a different request", { field: "idempotencyKey" });
        }
        return { row: earlier, replay: true };
      }
    }
    const session = tx.select().from(sessions).where(eq(sessions.id, input.sessionId)).get();
    if (!session) throw notFound("session", input.sessionId);
    if (session.status !== "active")
      throw conflict(`session ${session.id} is ${session.status}`, { status: session.status });
    const expected = priceFor(deps.config.prices, session, input.metadata);
    if (input.amount !== expected || input.currency !== deps.config.prices.currency) {
      throw badRequest(`amount must be ${expected} ${deps.config.prices.currency} for this service`, {
        field: "amount",
        expected,
      });
    }
    const open = tx
      .select({ id: payments.id, status: payments.status })
      .from(payments)
      .where(and(eq(payments.sessionId, session.id), inArray(payments.status, ["pending", "confirmed"])))
      .get();
    if (open) {
      throw conflict(
        open.status === "pending" ? "the session already has a pending payment" : "the session is already paid",
        { paymentId: open.id, status: open.status },
      );
    }
    const [row] = tx
      .insert(payments)
      .values({
        id: deps.ids("pay"),
        sessionId: session.id,
        amount: input.amount,
        currency: input.currency,
        status: "pending",
        provider: deps.provider.name,
        idempotencyKey: input.idempotencyKey ?? null,
        requestHash: hash,
        metadata: input.metadata ?? {},
        createdAt: now,
        updatedAt: now,
        expiresAt: now + deps.config.payments.intentTtlMs,
        nextCheckAt: now + deps.config.payments.reconcile.minIntervalMs,
      })
      .returning()
      .all();
    const payment = row as PaymentRow;
    audit(tx, {
      actor,
      event: "payment.created",
      entityType: "payment",
      entityId: payment.id,
      details: {
        sessionId: session.id,
        amount: payment.amount,
        currency: payment.currency,
        provider: payment.provider,
      },
      at: now,
    });
    return { row: payment, replay: false, service: session.type };
  });
}

/** Ends a pending payment that the provider could not create; the caller rethrows. */
function failCreation(deps: PaymentDeps, row: PaymentRow, error: unknown): void {
  const now = deps.clock.now();
  const ended = deps.db.transaction((tx) =>
    transitionInTx(
      tx,
      loadPayment(tx, row.id),
      { to: "failed", reason: "provider_error" },
      {
        source: "operator",
        providerStatus: null,
        rawPayload: { error: error instanceof Error ? error.message : String(error) },
        sourceIp: null,
      },
      systemActor,
      now,
    ),
  );
  publishChange(deps, ended);
}

/**
 * Creates a payment intent for a session at its configured price and asks the
 * provider for a QR code. One open payment per session; a repeated idempotency
 * key returns the first payment.
 */
export async function createIntent(deps: PaymentDeps, rawInput: CreateIntentInput, actor: Actor): Promise<PaymentView> {
  const input = createIntentInput.parse(rawInput);
  const stored = insertIntent(deps, input, actor);
  if (stored.replay) return toPaymentView(stored.row);
  deps.metrics.paymentsIntents.inc({ provider: stored.row.provider, service: stored.service ?? "unknown" });
  const row = stored.row;
  let remote;
  try {
    remote = await deps.provider.createPayment({
      idempotenceKey: row.id,
      amount: row.amount,
      currency: row.currency,
      description: `Оплата: ${serviceNames[stored.service ?? "diagnostics"]} (${row.id})`,
      metadata: row.metadata,
    });
  } catch (error) {
    failCreation(deps, row, error);
    throw error;
  }
  const [updated] = deps.db
    .update(payments)
    .set({
      providerPaymentId: remote.id,
      qrCodeData: remote.qrCodeData,
      confirmationUrl: remote.confirmationUrl,
      updatedAt: deps.clock.now(),
    })
    .where(eq(payments.id, row.id))
    .returning()
    .all();
  deps.statusHub.publish(row.id, toPaymentView(updated as PaymentRow));
  if (remote.status !== "pending") {
    applyProviderPayment(deps, row.id, remote, { source: "poll", rawPayload: remote.raw, sourceIp: null }, systemActor);
  }
  return toPaymentView(loadPayment(deps.db, row.id));
}
