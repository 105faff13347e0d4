/**
 * The customer's visit as a state machine, in one place: which screen shows,
 * and what the customer or the agent can move it to. Pure, so it is unit-tested
 * and persisted as plain JSON (a reload resumes it). Side effects (API calls,
 * timers, devices) live in the controller, which only dispatches events.
 */
import type { PaymentStatus, VehicleType } from "../api";

export type { VehicleType };
export type Service = "thickness" | "diagnostics";

export interface Vehicle {
  type?: VehicleType;
  make?: string;
  model?: string;
}

/**
 * What the scan produced: the report's input. Diagnostics runs on the agent and the
 * agent keeps what the car said, so the visit holds only which scan finished; the
 * thickness gauge is still the screen's own, so its measurements travel with the visit.
 */
export type ScanResult =
  | { service: "diagnostics"; scanId: string; timestamp: number }
  | { service: "thickness"; measurements: Array<{ zone: string; valueUm: number }>; timestamp: number };

export type PaymentPhase = "creating" | "pending" | "declined" | "expired" | "failed";

interface Chosen {
  service: Service;
  vehicle: Vehicle;
}

export type Visit =
  | { step: "idle" }
  | { step: "service" }
  | { step: "vehicle"; service: Service }
  | ({ step: "contact" } & Chosen)
  | ({
      step: "payment";
      sessionId: string;
      /** The idempotency key of this payment attempt: a retried create (a reload) replays it. */
      attempt: string;
      paymentId: string | null;
      phase: PaymentPhase;
    } & Chosen)
  | ({ step: "scan"; sessionId: string; paymentId: string } & Chosen)
  | ({ step: "report"; sessionId: string } & ReportProgress & Chosen)
  | { step: "done"; sessionId: string; reportId: string };

/** The scan's result until the report is made from it; after a reload only the report may be left. */
type ReportProgress = { scan: ScanResult; reportId: string | null } | { scan: null; reportId: string };

export type Step = Visit["step"];

/** A visit the agent holds a session for: what a reload can resume. */
export type SessionVisit = Extract<Visit, { sessionId: string }>;

export type VisitEvent =
  | { type: "start" }
  | { type: "chooseService"; service: Service }
  | { type: "chooseVehicle"; vehicle: Vehicle }
  | { type: "back" }
  | { type: "sessionCreated"; sessionId: string; attempt: string }
  | { type: "intentCreated"; paymentId: string }
  /** The payment's status as the agent tells it: live (payments.onStatus), on a cancel, or on a resume. */
  | { type: "paymentStatus"; status: PaymentStatus }
  | { type: "retryPayment"; attempt: string }
  | { type: "scanned"; scan: ScanResult }
  | { type: "reportCreated"; reportId: string }
  | { type: "finish" }
  | { type: "reset" }
  /** The visit a reload interrupted, as it was saved; what happened since follows as the events above. */
  | { type: "sessionResumed"; visit: SessionVisit };

/** The next visit; an event that makes no sense on this screen leaves it as it is. */
export function visitReducer(visit: Visit, event: VisitEvent): Visit {
  switch (event.type) {
    case "reset":
      return { step: "idle" };
    case "sessionResumed":
      return event.visit;
    case "start":
      return visit.step === "idle" ? { step: "service" } : visit;
    case "chooseService":
      return visit.step === "service" ? { step: "vehicle", service: event.service } : visit;
    case "chooseVehicle":
      return visit.step === "vehicle" ? { step: "contact", service: visit.service, vehicle: event.vehicle } : visit;
    case "back":
      return back(visit);
    case "sessionCreated":
      return visit.step === "contact"
        ? {
            step: "payment",
            service: visit.service,
            vehicle: visit.vehicle,
            sessionId: event.sessionId,
            attempt: event.attempt,
            paymentId: null,
            phase: "creating",
          }
        : visit;
    case "intentCreated":
      return visit.step === "payment" && visit.phase === "creating"
        ? { ...visit, paymentId: event.paymentId, phase: "pending" }
        : visit;
    case "paymentStatus":
      return paymentStatus(visit, event.status);
    case "retryPayment":
      return visit.step === "payment" && visit.phase !== "pending" && visit.phase !== "creating"
        ? { ...visit, attempt: event.attempt, paymentId: null, phase: "creating" }
        : visit;
    case "scanned":
      return visit.step === "scan"
        ? {
            step: "report",
            service: visit.service,
            vehicle: visit.vehicle,
            sessionId: visit.sessionId,
            scan: event.scan,
            reportId: null,
          }
        : visit;
    case "reportCreated":
      return reportCreated(visit, event.reportId);
    case "finish":
      return visit.step === "report" && visit.reportId
        ? { step: "done", sessionId: visit.sessionId, reportId: visit.reportId }
        : visit;
  }
}

function back(visit: Visit): Visit {
  switch (visit.step) {
    case "service":
      return { step: "idle" };
    case "vehicle":
      return { step: "service" };
    case "contact":
      return { step: "vehicle", service: visit.service };
    // A session exists from the payment on: going back would leave it behind.
    case "idle":
    case "payment":
    case "scan":
    case "report":
    case "done":
      return visit;
  }
}

/**
 * What each payment status means on the payment screen, the kiosk's one copy of
 * it: keep waiting, go on to the service ("paid"), or this attempt is over.
 */
const paymentOutcomes: Record<PaymentStatus, "paid" | Exclude<PaymentPhase, "creating">> = {
  pending: "pending",
  confirmed: "paid",
  // Some money given back (a goodwill discount) is still a paid service; all of it is not.
  partially_refunded: "paid",
  refunded: "failed",
  failed: "declined",
  expired: "expired",
  cancelled: "failed",
};

/** Whether a payment in this status pays for the service: the visit goes on to the scan. */
export const paysForService = (status: PaymentStatus): boolean => paymentOutcomes[status] === "paid";

function paymentStatus(visit: Visit, status: PaymentStatus): Visit {
  if (visit.step !== "payment" || !visit.paymentId) return visit;
  const outcome = paymentOutcomes[status];
  if (outcome === "paid") {
    return {
      step: "scan",
      service: visit.service,
      vehicle: visit.vehicle,
      sessionId: visit.sessionId,
      paymentId: visit.paymentId,
    };
  }
  return visit.phase === outcome ? visit : { ...visit, phase: outcome };
}

function reportCreated(visit: Visit, reportId: string): Visit {
  if (visit.step === "report") return { ...visit, reportId };
  // A reload found the report already made from this scan: the result is gone, the report is not.
  if (visit.step === "scan") {
    return {
      step: "report",
      service: visit.service,
      vehicle: visit.vehicle,
      sessionId: visit.sessionId,
      scan: null,
      reportId,
    };
  }
  return visit;
}

/** The session this visit holds on the agent, if it has one yet. */
export const sessionOf = (visit: Visit): string | null => ("sessionId" in visit ? visit.sessionId : null);

/** Screens where walking away is harmless to reset: nothing paid, nothing in progress. */
export const resetsWhenIdle = (visit: Visit): boolean =>
  visit.step === "service" ||
  visit.step === "vehicle" ||
  visit.step === "contact" ||
  (visit.step === "payment" && visit.phase !== "pending" && visit.phase !== "creating");
