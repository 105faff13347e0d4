import { describe, expect, it } from "vitest";
import type { Handout, PaymentStatus } from "../api";
import {
  paysForService,
  resetsWhenIdle,
  visitReducer,
  type ScanResult,
  type SessionVisit,
  type Visit,
  type VisitEvent,
} from "./machine";

const run = (...events: VisitEvent[]): Visit => events.reduce(visitReducer, { step: "idle" } as Visit);
const measured: ScanResult = { service: "thickness", measurementId: "msr_1", timestamp: 1 };
const gaugeLocker = (state: Handout["state"]): Handout => ({ device: "gauge", cell: 3, state });
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
      { type: "paymentStatus", status: "confirmed" },
      { type: "scanned", scan: measured, locker: gaugeLocker("returning") },
      { type: "reportCreated", reportId: "rpt_1" },
      { type: "returnEnded", returned: true },
      { type: "finish" },
    ];
    for (const event of events) {
      visit = visitReducer(visit, event);
      steps.push(visit.step);
    }
    expect(steps).toEqual([
      "service",
      "vehicle",
      "contact",
      "payment",
      "payment",
      "scan",
      "return",
      "return",
      "report",
      "done",
    ]);
    expect(visit).toEqual({ step: "done", sessionId: "ses_1", reportId: "rpt_1" });
  });

  it("takes a diagnostics visit to its report with only the id of the agent's scan: the screen holds no codes", () => {
    const scanned = run(
      { type: "start" },
      { type: "chooseService", service: "diagnostics" },
      { type: "chooseVehicle", vehicle: { make: "Toyota", model: "Camry" } },
      { type: "sessionCreated", sessionId: "ses_1", attempt: "a1" },
      { type: "intentCreated", paymentId: "pay_1" },
      { type: "paymentStatus", status: "confirmed" },
      { type: "scanned", scan: { service: "diagnostics", scanId: "scn_1", timestamp: 1 }, locker: null },
    );
    expect(scanned).toEqual({
      step: "report",
      service: "diagnostics",
      vehicle: { make: "Toyota", model: "Camry" },
      sessionId: "ses_1",
      scan: { service: "diagnostics", scanId: "scn_1", timestamp: 1 },
      reportId: null,
      notReturned: null,
    });
  });

  describe("the device's way back to the locker", () => {
    const paid = run(
      ...toPayment,
      { type: "intentCreated", paymentId: "pay_1" },
      { type: "paymentStatus", status: "confirmed" },
    );
    const returning = visitReducer(paid, { type: "scanned", scan: measured, locker: gaugeLocker("returning") });

    it("asks for the device back first, the report already under way, and shows the report once the door closed", () => {
      expect(returning).toEqual({
        step: "return",
        service: "thickness",
        vehicle: { type: "sedan" },
        sessionId: "ses_1",
        scan: measured,
        handback: { device: "gauge", cell: 3 },
        reportId: null,
        returned: null,
      });
      const made = visitReducer(returning, { type: "reportCreated", reportId: "rpt_1" });
      expect(made).toMatchObject({ step: "return", reportId: "rpt_1", returned: null });
      expect(visitReducer(made, { type: "finish" })).toBe(made); // no leaving before the door closes
      const report = {
        step: "report",
        service: "thickness",
        vehicle: { type: "sedan" },
        sessionId: "ses_1",
        scan: measured,
        reportId: "rpt_1",
        notReturned: null,
      };
      expect(visitReducer(made, { type: "returnEnded", returned: true })).toEqual(report);
      // The door shut before the report was made: the report screen waits for the report, once.
      const shut = visitReducer(returning, { type: "returnEnded", returned: true });
      expect(shut).toMatchObject({ step: "return", reportId: null, returned: true });
      expect(visitReducer(shut, { type: "reportCreated", reportId: "rpt_1" })).toEqual(report);
    });

    it("goes on to the report when the time for the return ran out, remembering which device is missing", () => {
      const made = visitReducer(returning, { type: "reportCreated", reportId: "rpt_1" });
      expect(visitReducer(made, { type: "returnEnded", returned: false })).toMatchObject({
        step: "report",
        reportId: "rpt_1",
        notReturned: { device: "gauge", cell: 3 },
      });
    });

    it("skips the return prompt without a locker, or when the return was already over", () => {
      expect(visitReducer(paid, { type: "scanned", scan: measured, locker: null })).toMatchObject({
        step: "report",
        notReturned: null,
      });
      expect(visitReducer(paid, { type: "scanned", scan: measured, locker: gaugeLocker("returned") })).toMatchObject({
        step: "report",
        notReturned: null,
      });
      expect(
        visitReducer(paid, { type: "scanned", scan: measured, locker: gaugeLocker("not_returned") }),
      ).toMatchObject({ step: "report", notReturned: { device: "gauge", cell: 3 } });
      expect(visitReducer(paid, { type: "returnEnded", returned: true })).toBe(paid);
    });

    it("keeps a paid visit waiting for its device out of inactivity's reach", () => {
      expect(resetsWhenIdle(returning)).toBe(false);
      expect(visitReducer(returning, { type: "back" })).toBe(returning);
    });
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
      { type: "paymentStatus", status: "failed" },
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
      { type: "paymentStatus", status: "expired" },
    );
    expect(expired).toMatchObject({ phase: "expired" });
  });

  it("ignores events that do not belong to the screen", () => {
    const pending = run(...toPayment, { type: "intentCreated", paymentId: "pay_1" });
    expect(visitReducer(pending, { type: "retryPayment", attempt: "x" })).toBe(pending);
    expect(visitReducer(pending, { type: "finish" })).toBe(pending);
    expect(visitReducer({ step: "idle" }, { type: "paymentStatus", status: "confirmed" })).toEqual({ step: "idle" });
    const report = run(
      ...toPayment,
      { type: "intentCreated", paymentId: "pay_1" },
      { type: "paymentStatus", status: "confirmed" },
      { type: "scanned", scan: measured, locker: null },
    );
    expect(visitReducer(report, { type: "finish" })).toBe(report); // no report yet
  });

  it("lets inactivity reset only screens where nothing is paid or being paid", () => {
    expect(resetsWhenIdle(run({ type: "start" }))).toBe(true);
    expect(resetsWhenIdle(run(...toPayment))).toBe(false); // creating the intent
    expect(resetsWhenIdle(run(...toPayment, { type: "intentCreated", paymentId: "p" }))).toBe(false);
    expect(
      resetsWhenIdle(
        run(...toPayment, { type: "intentCreated", paymentId: "p" }, { type: "paymentStatus", status: "failed" }),
      ),
    ).toBe(true);
    expect(
      resetsWhenIdle(
        run(...toPayment, { type: "intentCreated", paymentId: "p" }, { type: "paymentStatus", status: "confirmed" }),
      ),
    ).toBe(false);
    expect(resetsWhenIdle({ step: "idle" })).toBe(false);
  });

  it("maps every payment status to the payment screen's next state, refunds included", () => {
    const pending = run(...toPayment, { type: "intentCreated", paymentId: "pay_1" });
    const after = (status: PaymentStatus) => visitReducer(pending, { type: "paymentStatus", status });
    expect(after("pending")).toBe(pending);
    const scan = {
      step: "scan",
      service: "thickness",
      vehicle: { type: "sedan" },
      sessionId: "ses_1",
      paymentId: "pay_1",
    };
    expect(after("confirmed")).toEqual(scan);
    expect(after("partially_refunded")).toEqual(scan); // a goodwill discount still paid for the service
    expect(after("refunded")).toMatchObject({ step: "payment", phase: "failed" });
    expect(after("failed")).toMatchObject({ step: "payment", phase: "declined" });
    expect(after("expired")).toMatchObject({ step: "payment", phase: "expired" });
    expect(after("cancelled")).toMatchObject({ step: "payment", phase: "failed" });
    expect(["confirmed", "partially_refunded"].every((s) => paysForService(s as PaymentStatus))).toBe(true);
    expect(paysForService("refunded")).toBe(false);
    // No intent yet: nothing the agent says about a payment applies.
    const creating = run(...toPayment);
    expect(visitReducer(creating, { type: "paymentStatus", status: "confirmed" })).toBe(creating);
  });

  describe("resuming after a reload: the saved visit, then the live events", () => {
    const chosen = { service: "thickness", vehicle: { type: "minivan" } } as const;
    const resume = (saved: SessionVisit, ...since: VisitEvent[]) =>
      [{ type: "sessionResumed", visit: saved } as VisitEvent, ...since].reduce(visitReducer, run({ type: "start" }));
    const pendingPayment: SessionVisit = {
      step: "payment",
      ...chosen,
      sessionId: "ses_1",
      attempt: "a1",
      paymentId: "pay_1",
      phase: "pending",
    };

    it("puts back the saved visit whatever screen was showing", () => {
      expect(resume(pendingPayment)).toEqual(pendingPayment);
      const done: SessionVisit = { step: "done", sessionId: "ses_1", reportId: "rpt_1" };
      expect(resume(done)).toEqual(done);
    });

    it("moves a saved payment on by its status now, as the live stream would", () => {
      expect(resume(pendingPayment, { type: "paymentStatus", status: "pending" })).toEqual(pendingPayment);
      expect(resume(pendingPayment, { type: "paymentStatus", status: "partially_refunded" })).toEqual({
        step: "scan",
        ...chosen,
        sessionId: "ses_1",
        paymentId: "pay_1",
      });
      expect(resume(pendingPayment, { type: "paymentStatus", status: "expired" })).toEqual({
        ...pendingPayment,
        phase: "expired",
      });
    });

    it("takes a scan whose report was made while the screen was gone to that report", () => {
      const scan: SessionVisit = { step: "scan", ...chosen, sessionId: "ses_1", paymentId: "pay_1" };
      expect(resume(scan, { type: "reportCreated", reportId: "rpt_1" })).toEqual({
        step: "report",
        ...chosen,
        sessionId: "ses_1",
        scan: null,
        reportId: "rpt_1",
        notReturned: null,
      });
      const report: SessionVisit = {
        step: "report",
        ...chosen,
        sessionId: "ses_1",
        scan: measured,
        reportId: null,
        notReturned: null,
      };
      expect(resume(report, { type: "reportCreated", reportId: "rpt_1" })).toEqual({ ...report, reportId: "rpt_1" });
      // Reloaded while the device was going back: the report made meanwhile is kept, the prompt stays.
      const returning: SessionVisit = {
        step: "return",
        ...chosen,
        sessionId: "ses_1",
        scan: measured,
        handback: { device: "gauge", cell: 3 },
        reportId: null,
        returned: null,
      };
      expect(resume(returning, { type: "reportCreated", reportId: "rpt_1" })).toEqual({
        ...returning,
        reportId: "rpt_1",
      });
    });
  });
});
