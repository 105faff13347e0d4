import { kioskApiError, type Api } from "../api";
import type { Visit, VisitEvent } from "./machine";

/**
 * Where a visit saved before a reload stands now, asked of the agent, as the
 * events that take the reducer there: the saved visit back, then what happened
 * while the screen was gone, as a live visit would have heard it (the payment's
 * status, the report made). The session may have ended; a paid one is never
 * lost: it resumes at the scan, the device's return or the report. Anything
 * before a session exists starts over.
 */
export async function resumeVisit(api: Api, saved: Visit | null): Promise<VisitEvent[]> {
  const startOver: VisitEvent[] = [{ type: "reset" }];
  if (!saved || !("sessionId" in saved)) return startOver;
  const session = await api.sessions.get.query({ id: saved.sessionId }).catch((error: unknown) => {
    if (kioskApiError(error)?.code === "NOT_FOUND") return null;
    throw error;
  });
  if (session?.status !== "active") return startOver;
  const resumed: VisitEvent = { type: "sessionResumed", visit: saved };
  if (saved.step === "done") return [resumed];
  if (saved.step === "payment") {
    // A payment being created replays its idempotency key.
    if (!saved.paymentId) return [resumed];
    const payment = await api.payments.get.query({ id: saved.paymentId });
    return [resumed, { type: "paymentStatus", status: payment.status }];
  }
  // A scan starts again (a measurement continues) unless its report was made; a return or a report
  // whose result survived makes the report (the agent answers 409 with its id if it exists).
  const [report] = await api.reports.listBySession.query({ sessionId: saved.sessionId });
  return report ? [resumed, { type: "reportCreated", reportId: report.id }] : [resumed];
}
