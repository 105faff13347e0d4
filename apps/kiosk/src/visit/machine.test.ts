import { describe, expect, it } from "vitest";
import { resetsWhenIdle, visitReducer, type Visit, type VisitEvent } from "./machine";

const run = (...events: VisitEvent[]): Visit => events.reduce(visitReducer, { step: "idle" } as Visit);
const toPayment: VisitEvent[] = [
  { type: "start" },
  { type: "chooseService", service: "thickness" },
  { type: "chooseVehicle", vehicle: { type: "sedan" } },
  { type: "sessionCreated", sessionId: "ses_1", attempt: "a1" },
];

describe("visitReducer", () => {
  it("walks a whole visit from the attract screen to the thank-you screen", () => {
    const steps: string[] = [];
    let visit: Visit = { step: "idle" };
    const events: VisitEvent[] = [
      ...toPayment,
      { type: "intentCreated", paymentId: "pay_1" },
      { type: "paymentEnded", status: "confirmed" },
      { type: "scanned", scan: { service: "thickness", measurements: [], timestamp: 1 } },
      { type: "reportCreated", reportId: "rpt_1" },
      { type: "finish" },
    ];
    for (const event of events) {
      visit = visitReducer(visit, event);
      steps.push(visit.step);
    }
    expect(steps).toEqual(["service", "vehicle", "contact", "payment", "payment", "scan", "report", "report", "done"]);
    expect(visit).toEqual({ step: "done", sessionId: "ses_1", reportId: "rpt_1" });
  });

  it("goes back one screen before the session exists, never after", () => {
    expect(run({ type: "start" }, { type: "back" })).toEqual({ step: "idle" });
    expect(run({ type: "start" }, { type: "chooseService", service: "diagnostics" }, { type: "back" })).toEqual({
      step: "service",
    });
    const contact = run(
      { type: "start" },
      { type: "chooseService", service: "diagnostics" },
      {
        type: "chooseVehicle",
        vehicle: { make: "Lada", model: "Vesta" },
      },
    );
    expect(visitReducer(contact, { type: "back" })).toEqual({ step: "vehicle", service: "diagnostics" });
    const payment = run(...toPayment);
    expect(visitReducer(payment, { type: "back" })).toBe(payment);
  });

  it("turns a declined or expired payment into a retry with a fresh idempotency key", () => {
    const declined = run(
      ...toPayment,
      { type: "intentCreated", paymentId: "pay_1" },
      { type: "paymentEnded", status: "failed" },
    );
    expect(declined).toMatchObject({ step: "payment", phase: "declined", paymentId: "pay_1" });
    expect(visitReducer(declined, { type: "retryPayment", attempt: "a2" })).toMatchObject({
      phase: "creating",
      attempt: "a2",
      paymentId: null,
    });
    const expired = run(
      ...toPayment,
      { type: "intentCreated", paymentId: "pay_1" },
      { type: "paymentEnded", status: "expired" },
    );
    expect(expired).toMatchObject({ phase: "expired" });
  });

  it("ignores events that do not belong to the screen", () => {
    const pending = run(...toPayment, { type: "intentCreated", paymentId: "pay_1" });
    expect(visitReducer(pending, { type: "retryPayment", attempt: "x" })).toBe(pending);
    expect(visitReducer(pending, { type: "finish" })).toBe(pending);
    expect(visitReducer({ step: "idle" }, { type: "paymentEnded", status: "confirmed" })).toEqual({ step: "idle" });
    const report = run(
      ...toPayment,
      { type: "intentCreated", paymentId: "pay_1" },
      { type: "paymentEnded", status: "confirmed" },
      {
        type: "scanned",
        scan: { service: "thickness", measurements: [], timestamp: 1 },
      },
    );
    expect(visitReducer(report, { type: "finish" })).toBe(report); // no report yet
  });

  it("lets inactivity reset only screens where nothing is paid or being paid", () => {
    expect(resetsWhenIdle(run({ type: "start" }))).toBe(true);
    expect(resetsWhenIdle(run(...toPayment))).toBe(false); // creating the intent
    expect(resetsWhenIdle(run(...toPayment, { type: "intentCreated", paymentId: "p" }))).toBe(false);
    expect(
      resetsWhenIdle(
        run(...toPayment, { type: "intentCreated", paymentId: "p" }, { type: "paymentEnded", status: "failed" }),
      ),
    ).toBe(true);
    expect(
      resetsWhenIdle(
        run(...toPayment, { type: "intentCreated", paymentId: "p" }, { type: "paymentEnded", status: "confirmed" }),
      ),
    ).toBe(false);
    expect(resetsWhenIdle({ step: "idle" })).toBe(false);
  });
});
