import { describe, expect, it } from "vitest";
import type { Api, PaymentStatus } from "../api";
import type { SessionVisit } from "./machine";
import { resumeVisit } from "./resume";

/** Just the three questions a resume asks the agent, answered as told. */
function agent(answers: { session: "active" | "completed"; payment?: PaymentStatus; reportId?: string }): Api {
  const fake = {
    sessions: { get: { query: () => Promise.resolve({ status: answers.session }) } },
    payments: { get: { query: ({ id }: { id: string }) => Promise.resolve({ id, status: answers.payment }) } },
    reports: {
      listBySession: { query: () => Promise.resolve(answers.reportId ? [{ id: answers.reportId }] : []) },
    },
  };
  return fake as unknown as Api;
}

const chosen = { service: "diagnostics", vehicle: { make: "Lada", model: "Vesta" } } as const;
const payment: SessionVisit = {
  step: "payment",
  ...chosen,
  sessionId: "ses_1",
  attempt: "a1",
  paymentId: "pay_1",
  phase: "pending",
};

describe("resumeVisit", () => {
  it("starts over with nothing saved, before a session, or when the session has ended", async () => {
    expect(await resumeVisit(agent({ session: "active" }), null)).toEqual([{ type: "reset" }]);
    expect(await resumeVisit(agent({ session: "active" }), { step: "vehicle", service: "thickness" })).toEqual([
      { type: "reset" },
    ]);
    expect(await resumeVisit(agent({ session: "completed" }), payment)).toEqual([{ type: "reset" }]);
  });

  it("resumes a payment with the status the agent gives it now", async () => {
    expect(await resumeVisit(agent({ session: "active", payment: "confirmed" }), payment)).toEqual([
      { type: "sessionResumed", visit: payment },
      { type: "paymentStatus", status: "confirmed" },
    ]);
    const creating: SessionVisit = { ...payment, paymentId: null, phase: "creating" };
    expect(await resumeVisit(agent({ session: "active" }), creating)).toEqual([
      { type: "sessionResumed", visit: creating },
    ]);
  });

  it("resumes a scan with the report made from it, if one was", async () => {
    const scan: SessionVisit = { step: "scan", ...chosen, sessionId: "ses_1", paymentId: "pay_1" };
    expect(await resumeVisit(agent({ session: "active", reportId: "rpt_1" }), scan)).toEqual([
      { type: "sessionResumed", visit: scan },
      { type: "reportCreated", reportId: "rpt_1" },
    ]);
    expect(await resumeVisit(agent({ session: "active" }), scan)).toEqual([{ type: "sessionResumed", visit: scan }]);
  });

  it("resumes the device's return with the report made meanwhile: the prompt stays until the door closes", async () => {
    const returning: SessionVisit = {
      step: "return",
      service: "thickness",
      vehicle: { type: "sedan" },
      sessionId: "ses_1",
      scan: { service: "thickness", measurementId: "msr_1", timestamp: 1 },
      handback: { device: "gauge", cell: 3 },
      reportId: null,
      returned: null,
    };
    expect(await resumeVisit(agent({ session: "active", reportId: "rpt_1" }), returning)).toEqual([
      { type: "sessionResumed", visit: returning },
      { type: "reportCreated", reportId: "rpt_1" },
    ]);
  });
});
