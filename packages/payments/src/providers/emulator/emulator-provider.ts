import { badRequest, notFound, type Clock, type IdGenerator } from "@kiosk/core";
import { emulatorPayments, emulatorRefunds, type Db, type EmulatorPaymentRow, type EmulatorRefundRow } from "@kiosk/db";
import { and, eq, gt, isNotNull, lte, ne, sum } from "drizzle-orm";
import { readNotification } from "../notification";
import {
  toDecimal,
  type CreateRefundRequest,
  type PaymentProvider,
  type ProviderPayment,
  type ProviderRefund,
} from "../types";

export interface EmulatorSettings {
  autoConfirmDelayMs: number;
  manualMode: boolean;
  /** Shown in the QR code so a phone's banking app has something real to parse. */
  merchantName: string;
}

export interface EmulatorControl {
  outcome?: "succeed" | "decline";
  delayMs?: number;
  notifications?: number;
}

/**
 * The DEV payment provider: a PSP whose books are a SQLite table. It settles each
 * payment `autoConfirmDelayMs` after creation (unless in manual mode) and then owes
 * the agent a notification, which the worker delivers, so a restart in between
 * loses nothing.
 */
export class EmulatorProvider implements PaymentProvider {
  readonly name = "emulator" as const;
  readonly readNotification = readNotification;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
    private readonly settings: EmulatorSettings,
  ) {}

  // Async like a real PSP: errors arrive as rejections, never as synchronous throws.
  async createPayment(request: Parameters<PaymentProvider["createPayment"]>[0]): Promise<ProviderPayment> {
    await Promise.resolve();
    const existing = this.db
      .select()
      .from(emulatorPayments)
      .where(eq(emulatorPayments.idempotencyKey, request.idempotenceKey))
      .get();
    if (existing) return this.view(existing);
    const now = this.clock.now();
    const [row] = this.db
      .insert(emulatorPayments)
      .values({
        id: this.ids("emu"),
        idempotencyKey: request.idempotenceKey,
        amount: request.amount,
        currency: request.currency,
        status: "pending",
        description: request.description,
        metadata: request.metadata,
        outcome: "succeed",
        receipt: request.receipt ?? null,
        settleAt: this.settings.manualMode ? null : now + this.settings.autoConfirmDelayMs,
        createdAt: now,
        updatedAt: now,
      })
      .returning()
      .all();
    return this.view(row as EmulatorPaymentRow);
  }

  async getPayment(id: string): Promise<ProviderPayment> {
    await Promise.resolve();
    return this.view(this.load(id));
  }

  async cancelPayment(id: string): Promise<ProviderPayment> {
    await Promise.resolve();
    if (this.load(id).status === "pending") this.settle(id, "canceled", "canceled_by_merchant", true);
    return this.view(this.load(id));
  }

  /**
   * A refund as YooKassa makes one: `pending`, settled by the worker after
   * `autoConfirmDelayMs` (manual mode is about customers paying, not banks
   * refunding), at most what was paid and not yet given back.
   */
  async refundPayment(request: CreateRefundRequest): Promise<ProviderRefund> {
    await Promise.resolve();
    const existing = this.db
      .select()
      .from(emulatorRefunds)
      .where(eq(emulatorRefunds.idempotencyKey, request.idempotenceKey))
      .get();
    if (existing) return this.refundView(existing);
    const payment = this.load(request.providerPaymentId);
    if (payment.status !== "succeeded") throw badRequest("the emulator payment is not succeeded", { id: payment.id });
    const refunded = this.db
      .select({ total: sum(emulatorRefunds.amount) })
      .from(emulatorRefunds)
      .where(and(eq(emulatorRefunds.paymentId, payment.id), ne(emulatorRefunds.status, "canceled")))
      .get();
    const left = payment.amount - Number(refunded?.total ?? 0);
    if (request.amount > left) {
      throw badRequest(`the refund exceeds what is left to refund (${toDecimal(left)} RUB)`, { left });
    }
    const now = this.clock.now();
    const [row] = this.db
      .insert(emulatorRefunds)
      .values({
        id: this.ids("emr"),
        idempotencyKey: request.idempotenceKey,
        paymentId: payment.id,
        amount: request.amount,
        status: "pending",
        receipt: request.receipt ?? null,
        settleAt: now + this.settings.autoConfirmDelayMs,
        createdAt: now,
        updatedAt: now,
      })
      .returning()
      .all();
    return this.refundView(row as EmulatorRefundRow);
  }

  async getRefund(id: string): Promise<ProviderRefund> {
    await Promise.resolve();
    const row = this.db.select().from(emulatorRefunds).where(eq(emulatorRefunds.id, id)).get();
    if (!row) throw notFound("emulator refund", id);
    return this.refundView(row);
  }

  /** DEV confirm / decline, now. The caller applies the result itself, so no notification is owed. */
  settleNow(id: string, outcome: "succeed" | "decline"): void {
    if (this.load(id).status !== "pending") return;
    if (outcome === "succeed") this.settle(id, "succeeded", null, false);
    else this.settle(id, "canceled", "card_declined", false);
  }

  /** Test and demo knobs: decline instead of pay, settle later, notify more than once. */
  control(id: string, control: EmulatorControl): void {
    const row = this.load(id);
    this.db
      .update(emulatorPayments)
      .set({
        ...(control.outcome ? { outcome: control.outcome } : {}),
        ...(control.delayMs !== undefined && row.status === "pending"
          ? { settleAt: this.clock.now() + control.delayMs }
          : {}),
        ...(control.notifications ? { notifyTimes: control.notifications } : {}),
        updatedAt: this.clock.now(),
      })
      .where(eq(emulatorPayments.id, id))
      .run();
  }

  /**
   * Settles every pending payment whose time has come, then hands each owed
   * notification to `notify`. Returns how many notifications were sent.
   */
  async processDue(notify: (body: unknown) => Promise<void>): Promise<number> {
    const now = this.clock.now();
    const due = this.db
      .select()
      .from(emulatorPayments)
      .where(
        and(
          eq(emulatorPayments.status, "pending"),
          isNotNull(emulatorPayments.settleAt),
          lte(emulatorPayments.settleAt, now),
        ),
      )
      .all();
    for (const row of due) {
      if (row.outcome === "succeed") this.settle(row.id, "succeeded", null, true);
      else this.settle(row.id, "canceled", "card_declined", true);
    }
    this.db
      .update(emulatorRefunds)
      .set({ status: "succeeded", notificationDue: true, updatedAt: now })
      .where(
        and(
          eq(emulatorRefunds.status, "pending"),
          isNotNull(emulatorRefunds.settleAt),
          lte(emulatorRefunds.settleAt, now),
        ),
      )
      .run();
    const owed = this.db.select().from(emulatorPayments).where(gt(emulatorPayments.notificationsDue, 0)).all();
    let sent = 0;
    for (const row of owed) {
      const body = {
        type: "notification",
        event: row.status === "succeeded" ? "payment.succeeded" : "payment.canceled",
        object: { ...(this.view(row).raw as object) },
      };
      for (let i = 0; i < row.notificationsDue; i++) {
        await notify(body);
        sent++;
      }
      this.db.update(emulatorPayments).set({ notificationsDue: 0 }).where(eq(emulatorPayments.id, row.id)).run();
    }
    const refundsOwed = this.db.select().from(emulatorRefunds).where(eq(emulatorRefunds.notificationDue, true)).all();
    for (const row of refundsOwed) {
      await notify({ type: "notification", event: "refund.succeeded", object: this.refundView(row).raw });
      sent++;
      this.db.update(emulatorRefunds).set({ notificationDue: false }).where(eq(emulatorRefunds.id, row.id)).run();
    }
    return sent;
  }

  /** Moves a pending payment to its end; `notify` says whether the change owes notifications. */
  private settle(id: string, status: "succeeded" | "canceled", reason: string | null, notify: boolean): void {
    const row = this.load(id);
    this.db
      .update(emulatorPayments)
      .set({
        status,
        cancellationReason: reason,
        notificationsDue: notify ? row.notifyTimes : 0,
        updatedAt: this.clock.now(),
      })
      .where(and(eq(emulatorPayments.id, id), eq(emulatorPayments.status, "pending")))
      .run();
  }

  private load(id: string): EmulatorPaymentRow {
    const row = this.db.select().from(emulatorPayments).where(eq(emulatorPayments.id, id)).get();
    if (!row) throw notFound("emulator payment", id);
    return row;
  }

  private view(row: EmulatorPaymentRow): ProviderPayment {
    // A receipt registers once the money is taken, as YooKassa's receipts service does.
    const registration =
      row.receipt === null
        ? null
        : row.status === "succeeded"
          ? "succeeded"
          : row.status === "canceled"
            ? "canceled"
            : "pending";
    const qrCodeData = gostPaymentQr(this.settings.merchantName, row.amount, `${row.description} ${row.id}`);
    const raw = {
      id: row.id,
      status: row.status,
      paid: row.status === "succeeded",
      amount: {
        value: `${Math.floor(row.amount / 100)}.${String(row.amount % 100).padStart(2, "0")}`,
        currency: row.currency,
      },
      confirmation: { type: "qr", confirmation_data: qrCodeData },
      created_at: new Date(row.createdAt).toISOString(),
      ...(row.status === "succeeded" ? { captured_at: new Date(row.updatedAt).toISOString() } : {}),
      description: row.description,
      metadata: row.metadata,
      test: true,
      ...(registration ? { receipt_registration: registration } : {}),
      ...(row.cancellationReason
        ? { cancellation_details: { party: "payment_network", reason: row.cancellationReason } }
        : {}),
    };
    return {
      id: row.id,
      status: row.status,
      amount: row.amount,
      currency: row.currency,
      qrCodeData,
      confirmationUrl: null,
      cancellationReason: row.cancellationReason,
      receiptRegistration: registration,
      raw,
    };
  }

  private refundView(row: EmulatorRefundRow): ProviderRefund {
    const registration = row.receipt === null ? null : row.status === "pending" ? "pending" : row.status;
    return {
      id: row.id,
      providerPaymentId: row.paymentId,
      status: row.status,
      amount: row.amount,
      cancellationReason: null,
      receiptRegistration: registration,
      raw: {
        id: row.id,
        payment_id: row.paymentId,
        status: row.status,
        amount: { value: toDecimal(row.amount), currency: "RUB" },
        created_at: new Date(row.createdAt).toISOString(),
        ...(registration ? { receipt_registration: registration } : {}),
      },
    };
  }
}

/**
 * A payment QR in the Russian banks' format (GOST R 56042-2014, "ST00012"), which
 * a banking app on a phone recognises: good for a demo, clearly marked as one.
 */
function gostPaymentQr(merchant: string, amountMinor: number, purpose: string): string {
  const clean = (value: string) => value.replace(/[|\n]/g, " ");
  return [
    "ST00012",
    `Name=${clean(merchant)}`,
    "PersonalAcc=40702810900000000000",
    "BankName=ДЕМО-БАНК (эмулятор)",
    "BIC=044525000",
    "CorrespAcc=30101810400000000000",
    `Sum=${amountMinor}`,
    `Purpose=${clean(purpose)}`,
  ].join("|");
}
