import { kioskApiError, type Api } from "../api";
import type { Visit } from "./machine";

/**
 * Where a visit saved before a reload stands now, asked of the agent: the
 * session may have ended, the payment may have gone through while the screen
 * was gone, the report may exist. A paid session is never lost: it resumes at
 * the scan or the report. Anything before a session exists starts over.
 */
export async function resumeVisit(api: Api, saved: Visit | null): Promise<Visit> {
  if (!saved || !("sessionId" in saved)) return { step: "idle" };
  const session = await api.sessions.get.query({ id: saved.sessionId }).catch((error: unknown) => {
    if (kioskApiError(error)?.code === "NOT_FOUND") return null;
    throw error;
  });
  if (saved.step === "done") return session?.status === "active" ? saved : { step: "idle" };
  if (!session || session.status !== "active") return { step: "idle" };
  const [report] = await api.reports.listBySession.query({ sessionId: saved.sessionId });
  if (report && saved.step !== "payment") {
    const chosen = { service: saved.service, vehicle: saved.vehicle };
    return { step: "report", ...chosen, sessionId: saved.sessionId, scan: null, reportId: report.id };
  }
  if (saved.step === "payment" && saved.paymentId) {
    const payment = await api.payments.get.query({ id: saved.paymentId });
    switch (payment.status) {
      case "pending":
        return { ...saved, phase: "pending" };
      case "confirmed":
      case "partially_refunded":
        return {
          step: "scan",
          service: saved.service,
          vehicle: saved.vehicle,
          sessionId: saved.sessionId,
          paymentId: payment.id,
        };
      case "failed":
        return { ...saved, phase: "declined" };
      case "expired":
        return { ...saved, phase: "expired" };
      case "cancelled":
      case "refunded":
        return { ...saved, phase: "failed" };
    }
  }
  // A payment being created replays its idempotency key; a scan starts again; a report
  // whose scan result survived is generated (the agent answers 409 with its id if it exists).
  if (saved.step === "report" && !saved.scan && !saved.reportId) {
    return { step: "scan", service: saved.service, vehicle: saved.vehicle, sessionId: saved.sessionId, paymentId: "" };
  }
  return saved;
}
