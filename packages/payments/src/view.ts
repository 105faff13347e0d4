import { notFound } from "@kiosk/core";
import { refunds, type DbOrTx, type PaymentRow } from "@kiosk/db";
import { asc, eq } from "drizzle-orm";
import type { PaymentDeps } from "./deps";
import type { PaymentView } from "./schemas";

export function toPaymentView(row: PaymentRow): PaymentView {
  return {
    id: row.id,
    sessionId: row.sessionId,
    amount: row.amount,
    currency: row.currency,
    status: row.status,
    provider: row.provider,
    qrCodeData: row.qrCodeData,
    confirmationUrl: row.confirmationUrl,
    failureReason: row.failureReason,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    confirmedAt: row.confirmedAt,
    expiresAt: row.expiresAt,
    refundedAmount: row.refundedAmount,
    receiptRegistration: row.receiptRegistration,
    refunds: [],
  };
}

/**
 * The view with the payment's refunds, for the calls that show them: a read per
 * settled payment (a closed one may have a late success's refund), none for a pending one.
 */
export function toPaymentViewWithRefunds(db: DbOrTx, row: PaymentRow): PaymentView {
  const view = toPaymentView(row);
  if (row.status === "pending") return view;
  const rows = db.select().from(refunds).where(eq(refunds.paymentId, row.id)).orderBy(asc(refunds.createdAt)).all();
  return {
    ...view,
    refunds: rows.map((r) => ({
      id: r.id,
      amount: r.amount,
      status: r.status,
      receiptRegistration: r.receiptRegistration,
      cancellationReason: r.cancellationReason,
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
    })),
  };
}

/** A payment by id (its prepared statement: inside a caller's transaction, it reads what that wrote). */
export function loadPayment(deps: Pick<PaymentDeps, "statements">, id: string): PaymentRow {
  const row = deps.statements.byId.get({ id });
  if (!row) throw notFound("payment", id);
  return row;
}
