import { existsSync, readFileSync, readdirSync } from "node:fs";
import { createHash } from "node:crypto";
import { join } from "node:path";
import { domainCodeOf } from "@kiosk/core/testing";
import { auditLogs, deliveries, reports } from "@kiosk/db";
import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { seedSession, sixtyZones, testReportingDeps, threeDtcs } from "../test/deps";
import { pdfToText } from "../test/pdftotext";
import { generateDiagnosticsReport, generateThicknessReport } from "./generate";
import { getReport, getReportPdf, listReportsBySession, redeliverReport, removePurgedReportFiles } from "./service";

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
      vehicleMake: "Toyota",
      vehicleModel: "Camry",
      dtcCodes: threeDtcs,
      scanDurationSeconds: 80,
      timestamp: env.clock.now(),
      ...extra,
    },
  });

describe("generating a report", () => {
  it("stores the PDF atomically with its sha256, and commits the report, its deliveries and an audit row", async () => {
    const session = seedSession(env.deps, "diagnostics");
    const report = await diagnostics(session);
    const row = env.deps.db.select().from(reports).where(eq(reports.id, report.id)).get();
    expect(row?.filePath).toBe(join("reports", `${report.id}.pdf`));
    const pdf = readFileSync(join(env.storagePath, row?.filePath ?? ""));
    expect(createHash("sha256").update(pdf).digest("hex")).toBe(report.sha256);
    expect(report.bytes).toBe(pdf.length);
    expect(readdirSync(join(env.storagePath, "reports")).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    expect(report.templateVersion).toBe("diagnostics@1");
    expect(report.deliveries.map((d) => [d.channel, d.status, d.recipient])).toEqual([
      ["email", "pending", "c***t@example.com"],
      ["sms", "pending", "+7900***4567"],
    ]);
    expect(JSON.stringify(report)).not.toContain(env.storagePath);
    expect(
      env.deps.db
        .select()
        .from(auditLogs)
        .where(eq(auditLogs.entityId, report.id))
        .all()
        .map((a) => a.event),
    ).toEqual(["report.generated"]);
    expect(pdfToText((await getReportPdf({ ctx: env.ctx, input: { id: report.id } })).pdf)).toContain("P0420");
  });

  it("parses its own input: called in-process, too few zones are BAD_REQUEST naming the field, and nothing is stored", async () => {
    const session = seedSession(env.deps, "thickness");
    const few = { sessionId: session, vehicleType: "sedan" as const, measurements: sixtyZones().slice(0, 3) };
    await expect(generateThicknessReport({ ctx: env.ctx, input: few })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "Invalid input: measurements",
    });
    expect(env.deps.db.select().from(reports).all()).toEqual([]);
  });

  it("counts the report, and no scan: the caller's own codes are not a scan of ours", async () => {
    await diagnostics(seedSession(env.deps, "diagnostics"));
    const text = await env.deps.metrics.registry.metrics();
    expect(text).toContain('reports_generated_total{type="diagnostics"} 1');
    expect(text).not.toContain("diagnostics_scans_total{");
    expect(text).not.toContain("diagnostics_dtc_found_total{");
    expect(text).toContain("diagnostics_duration_seconds_count 0");
  });

  it("refuses an unpaid session with CONFLICT, an unknown one with NOT_FOUND, the wrong service with CONFLICT", async () => {
    expect(await domainCodeOf(diagnostics(seedSession(env.deps, "diagnostics", undefined, false)))).toBe("CONFLICT");
    expect(await domainCodeOf(diagnostics("ses_unknown"))).toBe("NOT_FOUND");
    expect(await domainCodeOf(diagnostics(seedSession(env.deps, "thickness")))).toBe("CONFLICT");
    expect(readdirSync(env.storagePath)).toEqual([]);
  });

  it("makes reports for unpaid sessions when requirePayment is off", async () => {
    env.close();
    env = testReportingDeps({ file: { reports: { requirePayment: false } } });
    expect((await diagnostics(seedSession(env.deps, "diagnostics", undefined, false))).type).toBe("diagnostics");
  });

  it("delivers to deliverTo instead of the session's contact when given", async () => {
    const report = await diagnostics(seedSession(env.deps, "diagnostics"), {
      deliverTo: { email: "fleet@example.com" },
    });
    expect(report.deliveries.map((d) => [d.channel, d.recipient])).toEqual([["email", "f***t@example.com"]]);
  });

  it("computes thickness verdicts on the server, whatever the client claims", async () => {
    const session = seedSession(env.deps, "thickness");
    const measurements = sixtyZones((i) => (i < 50 ? 120 : i < 55 ? 250 : 420)).map((m) => ({
      ...m,
      verdict: "normal",
    }));
    const report = await generateThicknessReport({
      ctx: env.ctx,
      input: { sessionId: session, vehicleType: "sedan", measurements } as never,
    });
    const data = report.data as { zones: Array<{ verdict: string }>; summary: { counts: Record<string, number> } };
    expect(data.summary.counts).toEqual({ normal: 50, warning: 5, critical: 5 });
    expect(data.zones.slice(55).every((z) => z.verdict === "critical")).toBe(true);
  });
});

describe("reading and re-driving", () => {
  it("lists a session's reports, answers 404 for unknown ones and re-drives only dead deliveries", async () => {
    const session = seedSession(env.deps, "diagnostics");
    const report = await diagnostics(session);
    expect(listReportsBySession({ ctx: env.ctx, input: { sessionId: session } }).map((r) => r.id)).toEqual([report.id]);
    expect(
      await domainCodeOf(Promise.resolve().then(() => getReport({ ctx: env.ctx, input: { id: "rpt_unknown" } }))),
    ).toBe("NOT_FOUND");
    expect(
      await domainCodeOf(
        Promise.resolve().then(() => listReportsBySession({ ctx: env.ctx, input: { sessionId: "ses_unknown" } })),
      ),
    ).toBe("NOT_FOUND");
    expect(
      await domainCodeOf(Promise.resolve().then(() => redeliverReport({ ctx: env.ctx, input: { id: report.id } }))),
    ).toBe("CONFLICT");
    env.deps.db.update(deliveries).set({ status: "dead", attempts: 6 }).where(eq(deliveries.channel, "sms")).run();
    const redriven = redeliverReport({ ctx: env.ctx, input: { id: report.id } });
    expect(redriven.deliveries.map((d) => [d.channel, d.status, d.attempts])).toEqual([
      ["email", "pending", 0],
      ["sms", "pending", 0],
    ]);
  });

  it("refuses to serve a PDF that no longer matches its checksum", async () => {
    const report = await diagnostics(seedSession(env.deps, "diagnostics"));
    const path = join(env.storagePath, "reports", `${report.id}.pdf`);
    expect(existsSync(path)).toBe(true);
    (await import("node:fs")).writeFileSync(path, "tampered");
    expect(await domainCodeOf(getReportPdf({ ctx: env.ctx, input: { id: report.id } }))).toBe("CONFLICT");
  });
});

describe("removePurgedReportFiles", () => {
  it("deletes old PDFs whose rows retention purged, and nothing else", async () => {
    const kept = await diagnostics(seedSession(env.deps, "diagnostics"));
    const purged = await diagnostics(seedSession(env.deps, "diagnostics"));
    const fresh = await diagnostics(seedSession(env.deps, "diagnostics"));
    env.deps.db.delete(reports).where(eq(reports.id, purged.id)).run();
    env.deps.db.delete(reports).where(eq(reports.id, fresh.id)).run();
    const { utimesSync } = await import("node:fs");
    const old = new Date(Date.now() - 2 * 3_600_000);
    for (const id of [kept.id, purged.id]) utimesSync(join(env.storagePath, "reports", `${id}.pdf`), old, old);

    expect(await removePurgedReportFiles(env.deps)).toBe(1);
    const left = readdirSync(join(env.storagePath, "reports")).sort();
    expect(left).toEqual([`${kept.id}.pdf`, `${fresh.id}.pdf`].sort());
  });
});
