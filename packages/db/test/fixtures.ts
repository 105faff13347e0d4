import { randomId } from "@kiosk/core";
import type { Db } from "../src/create-db";
import { payments, sessions, type PaymentRow, type SessionRow } from "../src/schema";

/**
 * Rows written straight into the tables, for tests of one domain that need
 * another's data (a payments test needs a session, a report test a paid one)
 * without going through that domain's verbs.
 */
export function insertSession(
  db: Db,
  now: number,
  fields: Partial<Pick<SessionRow, "id" | "type" | "contactEmail" | "contactPhone" | "metadata">> = {},
): string {
  const id = fields.id ?? randomId("ses");
  db.insert(sessions)
    .values({
      id,
      type: fields.type ?? "diagnostics",
      status: "active",
      contactEmail: fields.contactEmail === undefined ? "client@example.com" : fields.contactEmail,
      contactPhone: fields.contactPhone ?? null,
      metadata: fields.metadata ?? {},
      createdAt: now,
      updatedAt: now,
      lastActivityAt: now,
      expiresAt: now + 3_600_000,
    })
    .run();
  return id;
}

export function insertPayment(
  db: Db,
  now: number,
  fields: Pick<PaymentRow, "sessionId" | "status"> & Partial<Pick<PaymentRow, "id" | "amount">>,
): string {
  const id = fields.id ?? randomId("pay");
  db.insert(payments)
    .values({
      id,
      sessionId: fields.sessionId,
      amount: fields.amount ?? 48000,
      currency: "RUB",
      status: fields.status,
      provider: "emulator",
      metadata: {},
      createdAt: now,
      updatedAt: now,
      confirmedAt: fields.status === "confirmed" ? now : null,
      expiresAt: now + 600_000,
    })
    .run();
  return id;
}
