/**
 * The customer's visit as a state machine, in one place: which screen shows,
 * and what the customer or the agent can move it to. Pure, so it is unit-tested
 * and persisted as plain JSON (a reload resumes it). Side effects (API calls,
 * timers, devices) live in the controller, which only dispatches events.
 */
import type { Handout, PaymentStatus, VehicleType } from "../api";

export type { VehicleType };
export type Service = "thickness" | "diagnostics";

export interface Vehicle {
  type?: VehicleType;
  make?: string;
  model?: string;
}

/**
 * What the service produced: the report's input. Both devices are the agent's and the
 * agent keeps what they read, so the visit holds only which scan or measurement finished.
 */
export type ScanResult =
  | { service: "diagnostics"; scanId: string; timestamp: number }
  | { service: "thickness"; measurementId: string; timestamp: number };

/** A device the customer took from the locker: which one, and its cell. */
export type Handback = Pick<Handout, "device" | "cell">;

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
  /**
   * The service is over and its device goes back to the locker: the return prompt shows
   * while the report is already being made (it never waits for the door); the report
   * screen follows once both are over. `returned` is how the return ended, null until it has.
   */
  | ({
      step: "return";
      sessionId: string;
      scan: ScanResult;
      handback: Handback;
      reportId: string | null;
      returned: boolean | null;
    } & Chosen)
  | ({
      step: "report";
      sessionId: string;
      /** The device was not back in its cell in time: the screen says the operator knows. */
      notReturned: Handback | null;
    } & ReportProgress &
      Chosen)
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
  /** The scan or measurement is done; `locker` is its device's trip as the agent reported it then. */
  | { type: "scanned"; scan: ScanResult; locker: Handout | null }
  /** The device's return ended: the door closed on it, or the time for it ran out. */
  | { type: "returnEnded"; returned: boolean }
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
      return visit.step === "scan" ? scanned(visit, event.scan, event.locker) : visit;
    case "returnEnded":
      return visit.step === "return" ? returnOver({ ...visit, returned: event.returned }) : visit;
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
    case "return":
    case "report":
    case "done":
      return visit;
  }
}

/**
 * The service is done: with its device on the way back to the locker the return
 * prompt shows first; without a locker, or with the return already over, the report.
 */
function scanned(visit: Extract<Visit, { step: "scan" }>, scan: ScanResult, locker: Handout | null): Visit {
  const chosen = { service: visit.service, vehicle: visit.vehicle, sessionId: visit.sessionId };
  const handback = locker ? { device: locker.device, cell: locker.cell } : null;
  if (locker?.state === "returning" && handback) {
    return { step: "return", ...chosen, scan, handback, reportId: null, returned: null };
  }
  return {
    step: "report",
    ...chosen,
    scan,
    reportId: null,
    notReturned: locker?.state === "not_returned" ? handback : null,
  };
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

/** The report is made and the device's return is over: the report screen, with a word if the device is missing. */
function returnOver(visit: Extract<Visit, { step: "return" }>): Visit {
  if (!visit.reportId || visit.returned === null) return visit;
  return {
    step: "report",
    service: visit.service,
    vehicle: visit.vehicle,
    sessionId: visit.sessionId,
    scan: visit.scan,
    reportId: visit.reportId,
    notReturned: visit.returned ? null : visit.handback,
  };
}

function reportCreated(visit: Visit, reportId: string): Visit {
  if (visit.step === "return") return returnOver({ ...visit, reportId });
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
      notReturned: null,
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
