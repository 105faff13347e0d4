import { notFound } from "@kiosk/core";
import { payments, type DbOrTx, type PaymentRow } from "@kiosk/db";
import { eq } from "drizzle-orm";
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
  const row = db.select().from(payments).where(eq(payments.id, id)).get();
  if (!row) throw notFound("payment", id);
  return row;
}
