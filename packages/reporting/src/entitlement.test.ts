import { readdirSync } from "node:fs";
import { join } from "node:path";
import { DomainError } from "@kiosk/core";
import { domainCodeOf } from "@kiosk/core/testing";
import { auditLogs, deliveries, payments, sessions } from "@kiosk/db";
import { insertPayment } from "@kiosk/db/testing";
import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { seedSession, testReportingDeps, threeDtcs } from "../test/deps";
import { generateDiagnosticsReport, generateThicknessReport } from "./generate";
import { getReport, resendReport } from "./service";

let env = testReportingDeps();
afterEach(() => {
  env.close();
  env = testReportingDeps();
});

const diagnostics = (sessionId: string, extra: Record<string, unknown> = {}) =>
  generateDiagnosticsReport({
    ctx: env.ctx,
    input: {
      sessionId,
      vehicleMake: "Lada",
      vehicleModel: "Vesta",
      dtcCodes: threeDtcs,
      timestamp: env.clock.now(),
      ...extra,
    },
  });

async function conflictOf(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof DomainError) || error.code !== "CONFLICT")
    throw new Error(`expected CONFLICT, got ${String(error)}`);
  return error;
}

describe("one confirmed payment buys one report", () => {
  it("answers a second generate with 409 naming the report already made", async () => {
    const session = seedSession(env.deps, "diagnostics");
    const first = await diagnostics(session);
    const again = await conflictOf(diagnostics(session, { deliverTo: { email: "other@example.com" } }));
    expect(again.details).toMatchObject({ reportId: first.id, paymentId: first.paymentId });
    expect(env.deps.db.select().from(deliveries).all()).toHaveLength(2);
  });

  it("lets only one of two racing generates through, and leaves one PDF", async () => {
    const session = seedSession(env.deps, "diagnostics");
    const outcomes = await Promise.allSettled([diagnostics(session), diagnostics(session), diagnostics(session)]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    expect(readdirSync(join(env.storagePath, "reports"))).toHaveLength(1);
  });

  it("refuses the other service's report and a session that is no longer active", async () => {
    const diagnosticsSession = seedSession(env.deps, "diagnostics");
    const thickness = generateThicknessReport({
      ctx: env.ctx,
      input: {
        sessionId: diagnosticsSession,
        vehicleType: "sedan",
        measurements: Array.from({ length: 40 }, (_, i) => ({ zone: `z${i}`, valueUm: 100 })),
      },
    });
    expect(await domainCodeOf(thickness)).toBe("CONFLICT");
    const done = seedSession(env.deps, "diagnostics");
    env.deps.db
      .update(sessions)
      .set({ status: "completed", endedAt: env.clock.now() })
      .where(eq(sessions.id, done))
      .run();
    expect((await conflictOf(diagnostics(done))).details).toMatchObject({ status: "completed" });
  });

  it("entitles a new payment after a refund to a new report", async () => {
    const session = seedSession(env.deps, "diagnostics");
    const first = await diagnostics(session);
    env.deps.db
      .update(payments)
      .set({ status: "refunded" })
      .where(eq(payments.id, first.paymentId ?? ""))
      .run();
    insertPayment(env.deps.db, env.clock.now(), { sessionId: session, status: "confirmed" });
    expect((await diagnostics(session)).paymentId).not.toBe(first.paymentId);
  });

  it("with payment not required, gives a session one report", async () => {
    env.close();
    env = testReportingDeps({ file: { reports: { requirePayment: false } } });
    const session = seedSession(env.deps, "diagnostics", undefined, false);
    expect((await diagnostics(session)).paymentId).toBeNull();
    expect(await domainCodeOf(diagnostics(session))).toBe("CONFLICT");
  });

  it("records deliverTo on the session, audited and masked", async () => {
    const session = seedSession(env.deps, "diagnostics");
    const report = await diagnostics(session, { deliverTo: { phone: "+79161234567" } });
    expect(report.deliveries.map((d) => [d.channel, d.recipient])).toEqual([["sms", "+7916***4567"]]);
    const row = env.deps.db.select().from(sessions).where(eq(sessions.id, session)).get();
    expect([row?.contactEmail, row?.contactPhone]).toEqual([null, "+79161234567"]);
    const changed = env.deps.db.select().from(auditLogs).where(eq(auditLogs.event, "session.contact_changed")).all();
    expect(changed.map((a) => a.details)).toEqual([{ reportId: report.id, contact: { phone: "+7916***4567" } }]);
  });
});

describe("resendReport", () => {
  it("sends again to the same recipients at most reports.maxResends times, never while a round is under way", async () => {
    const report = await diagnostics(seedSession(env.deps, "diagnostics"));
    expect(
      await domainCodeOf(Promise.resolve().then(() => resendReport({ ctx: env.ctx, input: { id: report.id } }))),
    ).toBe("CONFLICT");
    const settle = () => env.deps.db.update(deliveries).set({ status: "sent" }).run();
    settle();
    const once = resendReport({ ctx: env.ctx, input: { id: report.id } });
    expect(once.resends).toBe(1);
    expect(once.deliveries.filter((d) => d.round === 1).map((d) => [d.channel, d.recipient, d.status])).toEqual([
      ["email", "c***t@example.com", "pending"],
      ["sms", "+7900***4567", "pending"],
    ]);
    settle();
    resendReport({ ctx: env.ctx, input: { id: report.id } });
    settle();
    const third = await conflictOf(
      Promise.resolve().then(() => resendReport({ ctx: env.ctx, input: { id: report.id } })),
    );
    expect(third.details).toMatchObject({ resends: 2, maxResends: 2 });
    expect(getReport({ ctx: env.ctx, input: { id: report.id } }).deliveries).toHaveLength(6);
  });
});
