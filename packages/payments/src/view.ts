import { notFound } from "@kiosk/core";
import type { DbOrTx, PaymentRow } from "@kiosk/db";
import { paymentById } from "./statements";
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
  };
}

export function loadPayment(db: DbOrTx, id: string): PaymentRow {
  const row = paymentById(db).get({ id });
  if (!row) throw notFound("payment", id);
  return row;
}
