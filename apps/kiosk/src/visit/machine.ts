/**
 * The customer's visit as a state machine, in one place: which screen shows,
 * and what the customer or the agent can move it to. Pure, so it is unit-tested
 * and persisted as plain JSON (a reload resumes it). Side effects (API calls,
 * timers, devices) live in the controller, which only dispatches events.
 */
export type Service = "thickness" | "diagnostics";
export type VehicleType = "sedan" | "hatchback" | "minivan";

export interface Vehicle {
  type?: VehicleType;
  make?: string;
  model?: string;
}

export interface Dtc {
  code: string;
  description: string;
  severity: "low" | "medium" | "high";
}

/** What the device measured: the report's input. */
export type ScanResult =
  | { service: "diagnostics"; dtcCodes: Dtc[]; scanDurationSeconds: number; timestamp: number }
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
  | ({ step: "report"; sessionId: string; scan: ScanResult | null; reportId: string | null } & Chosen)
  | { step: "done"; sessionId: string; reportId: string };

export type Step = Visit["step"];

export type VisitEvent =
  | { type: "start" }
  | { type: "chooseService"; service: Service }
  | { type: "chooseVehicle"; vehicle: Vehicle }
  | { type: "back" }
  | { type: "sessionCreated"; sessionId: string; attempt: string }
  | { type: "intentCreated"; paymentId: string }
  | { type: "paymentEnded"; status: "confirmed" | "failed" | "expired" | "cancelled" }
  | { type: "retryPayment"; attempt: string }
  | { type: "scanned"; scan: ScanResult }
  | { type: "reportCreated"; reportId: string }
  | { type: "finish" }
  | { type: "reset" }
  | { type: "resume"; visit: Visit };

/** The next visit; an event that makes no sense on this screen leaves it as it is. */
export function visitReducer(visit: Visit, event: VisitEvent): Visit {
  switch (event.type) {
    case "reset":
      return { step: "idle" };
    case "resume":
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
    case "paymentEnded":
      return paymentEnded(visit, event.status);
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
      return visit.step === "report" ? { ...visit, reportId: event.reportId } : visit;
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

function paymentEnded(visit: Visit, status: "confirmed" | "failed" | "expired" | "cancelled"): Visit {
  if (visit.step !== "payment" || !visit.paymentId) return visit;
  switch (status) {
    case "confirmed":
      return {
        step: "scan",
        service: visit.service,
        vehicle: visit.vehicle,
        sessionId: visit.sessionId,
        paymentId: visit.paymentId,
      };
    case "failed":
      return { ...visit, phase: "declined" };
    case "expired":
      return { ...visit, phase: "expired" };
    case "cancelled":
      return { ...visit, phase: "failed" };
  }
}

/** The session this visit holds on the agent, if it has one yet. */
export const sessionOf = (visit: Visit): string | null => ("sessionId" in visit ? visit.sessionId : null);

/** Screens where walking away is harmless to reset: nothing paid, nothing in progress. */
export const resetsWhenIdle = (visit: Visit): boolean =>
  visit.step === "service" ||
  visit.step === "vehicle" ||
  visit.step === "contact" ||
  (visit.step === "payment" && visit.phase !== "pending" && visit.phase !== "creating");
