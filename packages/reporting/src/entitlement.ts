import { conflict, notFound } from "@kiosk/core";
import { payments, reports, servicePaidStatuses, sessions, type DbOrTx, type SessionRow } from "@kiosk/db";
import { and, desc, eq, inArray } from "drizzle-orm";
import type { ReportingDeps } from "./deps";

export interface Entitlement {
  session: SessionRow;
  /** The confirmed payment the report is bought with; null while `reports.requirePayment` is off. */
  paymentId: string | null;
}

/**
 * What entitles a session to a report: it is active, of the report's type, and
 * holds a confirmed payment that has not bought a report yet (one payment, one
 * report). With payment not required, a session gets one report. Called before
 * rendering, to fail fast, and again inside the commit, where it is authoritative
 * (better-sqlite3 runs the transaction without interleaving).
 */
export function reportEntitlement(
  deps: Pick<ReportingDeps, "config">,
  db: DbOrTx,
  sessionId: string,
  type: SessionRow["type"],
): Entitlement {
  const session = db.select().from(sessions).where(eq(sessions.id, sessionId)).get();
  if (!session) throw notFound("session", sessionId);
  if (session.status !== "active") {
    throw conflict(`a report is made only for an active session; session ${sessionId} is ${session.status}`, {
      sessionId,
      status: session.status,
    });
  }
  if (session.type !== type) {
    throw conflict(`session ${sessionId} is for ${session.type}, not ${type}`, {
      sessionId,
      sessionType: session.type,
    });
  }
  if (!deps.config.reports.requirePayment) {
    const earlier = db.select({ id: reports.id }).from(reports).where(eq(reports.sessionId, sessionId)).get();
    if (earlier) throw alreadyMade(sessionId, earlier.id);
    return { session, paymentId: null };
  }
  const paid = db
    .select({ id: payments.id })
    .from(payments)
    // A payment partly refunded (a goodwill discount) still paid for the service; a fully refunded one did not.
    .where(and(eq(payments.sessionId, sessionId), inArray(payments.status, servicePaidStatuses)))
    .orderBy(desc(payments.confirmedAt))
    .get();
  if (!paid) throw conflict("a report needs a confirmed payment for the session", { sessionId });
  const bought = db.select({ id: reports.id }).from(reports).where(eq(reports.paymentId, paid.id)).get();
  if (bought) throw alreadyMade(sessionId, bought.id, paid.id);
  return { session, paymentId: paid.id };
}

const alreadyMade = (sessionId: string, reportId: string, paymentId?: string) =>
  conflict(`the report for session ${sessionId} has already been made; ask to resend it instead`, {
    sessionId,
    reportId,
    ...(paymentId ? { paymentId } : {}),
  });
