import { createHash } from "node:crypto";
import { badRequest, conflict, DomainError, notFound, parseInput, type VerbArgs } from "@kiosk/core";
import { payments, systemActor, type Actor, type PaymentRow } from "@kiosk/db";
import { and, eq, isNull } from "drizzle-orm";
import type { z } from "zod";
import { applyProviderPayment } from "./apply";
import type { PaymentCtx, PaymentDeps } from "./deps";
import { priceFor } from "./pricing";
import type { CreatePaymentRequest, Receipt } from "./providers/types";
import { receiptFor } from "./receipt";
import { createIntentInput, type CreateIntentInput, type PaymentView } from "./schemas";
import { publishChange, transitionInTx } from "./transition";
import { loadPayment, toPaymentView } from "./view";

type ParsedIntentInput = z.output<typeof createIntentInput>;

const serviceNames = { diagnostics: "диагностика OBD-II", thickness: "толщинометрия ЛКП" } as const;

function requestHash(input: ParsedIntentInput): string {
  const canonical = JSON.stringify([
    input.sessionId,
    input.amount,
    input.currency,
    Object.entries(input.metadata ?? {}).sort(),
  ]);
  return createHash("sha256").update(canonical).digest("hex");
}

/** Stores the intent, or returns the one an earlier call with the same idempotency key made. */
function insertIntent(deps: PaymentDeps, input: ParsedIntentInput, actor: Actor) {
  const now = deps.clock.now();
  const hash = requestHash(input);
  return deps.db.transaction((tx) => {
    if (input.idempotencyKey) {
      const earlier = deps.statements.byIdempotencyKey.get({ key: input.idempotencyKey });
      if (earlier) {
        if (earlier.requestHash !== hash) {
          throw conflict("idempotencyKey was already used for a different request", { field: "idempotencyKey" });
        }
        return { row: earlier, replay: true };
      }
    }
    const session = deps.statements.sessionOf.get({ id: input.sessionId });
    if (!session) throw notFound("session", input.sessionId);
    if (session.status !== "active")
      throw conflict(`session ${session.id} is ${session.status}`, { status: session.status });
    const expected = priceFor(deps.config.prices, session, input.metadata);
    if (input.amount !== expected || input.currency !== deps.config.prices.currency) {
      // Amounts are minor units: say so, and show the major-unit price a person reads.
      throw badRequest(
        `amount must be ${expected} kopecks (${(expected / 100).toFixed(2)} ${deps.config.prices.currency}) for this service`,
        { field: "amount", expected },
      );
    }
    // Refused here, before the provider hears of it, when the receipt cannot be made.
    const receipt = receiptFor(deps.config, session, input.amount);
    const open = deps.statements.openOfSession.get({ sessionId: session.id });
    if (open) {
      throw conflict(
        open.status === "pending" ? "the session already has a pending payment" : "the session is already paid",
        { paymentId: open.id, status: open.status },
      );
    }
    const payment = deps.statements.insert.get({
      id: deps.ids("pay"),
      sessionId: session.id,
      amount: input.amount,
      currency: input.currency,
      provider: deps.provider.name,
      idempotencyKey: input.idempotencyKey ?? null,
      requestHash: hash,
      metadata: input.metadata ?? {},
      receipt,
      now,
      expiresAt: now + deps.config.payments.intentTtlMs,
      nextCheckAt: now + deps.config.payments.reconcile.minIntervalMs,
    });
    deps.audit(tx, {
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

/** Ends a pending payment the provider has definitively refused (it would refuse a retry too). */
function failCreation(deps: PaymentDeps, row: PaymentRow, error: DomainError): void {
  const now = deps.clock.now();
  const ended = deps.db.transaction((tx) => {
    const fresh = loadPayment(deps, row.id);
    if (fresh.status !== "pending" || fresh.providerPaymentId) return null;
    return transitionInTx(
      deps,
      tx,
      fresh,
      { to: "failed", reason: "provider_error" },
      { source: "operator", providerStatus: null, rawPayload: { error: error.message }, sourceIp: null },
      systemActor,
      now,
    );
  });
  if (ended) publishChange(deps, ended);
}

/** A refusal about what we sent, which the same request would meet again; anything else may be transient. */
const isDefinitive = (error: unknown): error is DomainError =>
  error instanceof DomainError && (error.code === "BAD_REQUEST" || error.code === "NOT_FOUND");

/** Whether these services are asking the provider for this payment right now. */
export const isAskingProvider = (deps: PaymentDeps, paymentId: string) => deps.providerCalls.has(paymentId);

/** The provider's request for a stored intent: the same bytes every time, so its idempotence key replays. */
function providerRequest(deps: PaymentDeps, row: PaymentRow): CreatePaymentRequest {
  const session = deps.statements.sessionOf.get({ id: row.sessionId });
  return {
    idempotenceKey: row.id,
    amount: row.amount,
    currency: row.currency,
    description: `Оплата: ${serviceNames[session?.type ?? "diagnostics"]} (${row.id})`,
    metadata: row.metadata,
    ...(row.receipt ? { receipt: row.receipt as Receipt } : {}),
  };
}

async function askProvider(deps: PaymentDeps, row: PaymentRow): Promise<PaymentRow> {
  let remote;
  try {
    remote = await deps.provider.createPayment(providerRequest(deps, row));
  } catch (error) {
    // A timeout or a 5xx may hide a payment the provider did create: keep the intent
    // pending, so a replay or the reconciler asks again with the same key.
    if (isDefinitive(error)) failCreation(deps, row, error);
    throw error;
  }
  const [updated] = deps.db
    .update(payments)
    .set({
      providerPaymentId: remote.id,
      qrCodeData: remote.qrCodeData,
      confirmationUrl: remote.confirmationUrl,
      receiptRegistration: remote.receiptRegistration,
      updatedAt: deps.clock.now(),
    })
    .where(and(eq(payments.id, row.id), isNull(payments.providerPaymentId)))
    .returning()
    .all();
  if (updated) deps.statusHub.publish(row.id, toPaymentView(updated));
  if (remote.status !== "pending") {
    applyProviderPayment(deps, row.id, remote, { source: "poll", rawPayload: remote.raw, sourceIp: null }, systemActor);
  }
  return loadPayment(deps, row.id);
}

/**
 * Makes sure the provider holds the payment and we hold its QR code. A payment
 * that has none yet (a replay racing the first call, or a crash between our
 * insert and the provider's answer) is asked for again with the same
 * Idempotence-Key, which gives back the same provider payment; a call already
 * under way in this process is awaited instead of repeated.
 */
export function ensureAtProvider(deps: PaymentDeps, row: PaymentRow): Promise<PaymentRow> {
  if (row.providerPaymentId || row.status !== "pending") return Promise.resolve(row);
  const calls = deps.providerCalls;
  let call = calls.get(row.id);
  if (!call) {
    call = askProvider(deps, row).finally(() => calls.delete(row.id));
    calls.set(row.id, call);
  }
  return call;
}

/**
 * Creates a payment intent for a session at its configured price and asks the
 * provider for a QR code. One open payment per session; a repeated idempotency
 * key returns the first payment, with its QR code, however many calls race.
 */
/**
 * No money for a service the kiosk cannot perform now: its device must answer.
 * (A replay of an intent already made is answered as before.)
 */
async function refuseUnservable(deps: PaymentDeps, input: ParsedIntentInput): Promise<void> {
  if (!deps.serviceReadiness) return;
  if (input.idempotencyKey && deps.statements.byIdempotencyKey.get({ key: input.idempotencyKey })) return;
  const session = deps.statements.sessionOf.get({ id: input.sessionId });
  if (!session) return;
  const device = await deps.serviceReadiness(session.type);
  if (device.ready) return;
  throw conflict(`the kiosk cannot perform ${session.type} now: its device is not ready`, {
    reason: "DEVICE_NOT_READY",
    service: session.type,
    deviceError: device.error,
  });
}

export async function createIntent({ ctx, input: raw }: VerbArgs<PaymentCtx, CreateIntentInput>): Promise<PaymentView> {
  const { deps, actor } = ctx;
  const input = parseInput(createIntentInput, raw);
  await refuseUnservable(deps, input);
  const stored = insertIntent(deps, input, actor);
  if (!stored.replay) {
    deps.metrics.paymentsIntents.inc({ provider: stored.row.provider, service: stored.service ?? "unknown" });
  }
  return toPaymentView(await ensureAtProvider(deps, stored.row));
}
