import { conflict, notFound } from "@kiosk/core";
import { payments, servicePaidStatuses, sessions, type DbOrTx, type SessionRow } from "@kiosk/db";
import { and, eq, inArray } from "drizzle-orm";

/**
 * The session a scan or a measurement is for: it exists, is of the service's
 * type, is active, and (with `reports.requirePayment`) has a confirmed payment.
 * Returns it with that payment's id; 404 or 409 naming what is wrong otherwise.
 */
export function paidSessionFor(
  tx: DbOrTx,
  sessionId: string,
  type: SessionRow["type"],
  requirePayment: boolean,
): { session: SessionRow; paymentId: string | null } {
  const session = tx.select().from(sessions).where(eq(sessions.id, sessionId)).get();
  if (!session) throw notFound("session", sessionId);
  if (session.type !== type) {
    throw conflict(`session ${session.id} is for ${session.type}, not ${type}`, { sessionId: session.id });
  }
  if (session.status !== "active") {
    throw conflict(`session ${session.id} is ${session.status}`, { sessionId: session.id, status: session.status });
  }
  const paid = tx
    .select({ id: payments.id })
    .from(payments)
    .where(and(eq(payments.sessionId, session.id), inArray(payments.status, servicePaidStatuses)))
    .get();
  if (!paid && requirePayment) {
    throw conflict(`the ${type} service needs a confirmed payment for the session`, {
      sessionId: session.id,
      reason: "NOT_PAID",
    });
  }
  return { session, paymentId: paid?.id ?? null };
}
